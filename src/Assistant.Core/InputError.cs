namespace Assistant.Core;

/// <summary>
/// A problem the user caused and can fix (unknown site, a range outside the history, a bad CSV row).
/// Its message is written for the person asking and is safe to show them; anything else that goes
/// wrong is an internal fault whose details stay in the logs.
/// </summary>
public sealed class InputError(string message) : Exception(message);
