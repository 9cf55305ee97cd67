namespace Assistant.Core.Conversations;

/// <summary>
/// One message of a conversation as kept in the store: who said it, the text, and for an answer
/// the JSON trace of the tool calls behind it (shown as "how I got this").
/// </summary>
public sealed record StoredMessage(string Role, string Text, string? TraceJson, DateTimeOffset CreatedUtc);
