namespace Assistant.Plugins.Questions;

/// <summary>
/// A kind of question a plugin answers, taught to the offline brain: the cues that signal it
/// (regular expressions over the lower-cased question, with places, dates and numbers already
/// masked as &lt;site&gt;, &lt;date&gt;, &lt;number&gt;), example phrasings, and how to turn the
/// slots of a question into tool calls, or into a question back when something is missing.
/// </summary>
public sealed record QuestionIntent
{
    public required string Name { get; init; }

    /// <summary>What it answers, in a phrase the brain can offer ("volume history for a site, lane or region").</summary>
    public required string Summary { get; init; }

    public required IReadOnlyList<IntentCue> Cues { get; init; }

    public required IReadOnlyList<string> Examples { get; init; }

    public required Func<QuestionFrame, IntentPlan> Plan { get; init; }
}

/// <summary>A pattern that signals an intent, and how strongly.</summary>
public sealed record IntentCue(string Pattern, double Weight = 1.0);

/// <summary>A call the brain should make: function name and JSON-ready arguments.</summary>
public sealed record ToolRequest(string Tool, IReadOnlyDictionary<string, object?> Arguments);

/// <summary>Either the calls that answer the question, or what to ask the user first.</summary>
public sealed record IntentPlan(IReadOnlyList<ToolRequest> Calls, string? Clarification)
{
    public static IntentPlan Call(string tool, IReadOnlyDictionary<string, object?> arguments) => new([new ToolRequest(tool, arguments)], null);

    public static IntentPlan CallEach(IEnumerable<ToolRequest> calls) => new(calls.ToList(), null);

    public static IntentPlan Ask(string clarification) => new([], clarification);
}
