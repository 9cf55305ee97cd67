namespace Assistant.Agent.Loop;

/// <summary>One tool call in an answer's "how I got this": what was asked, what came back, how long it took.</summary>
public sealed record ToolCallTrace(
    string CallId,
    string Tool,
    string ArgumentsJson,
    string ResultJson,
    ToolCallOutcome Outcome,
    double DurationMs);

public enum ToolCallOutcome
{
    Ok,
    InputError,
    InternalError,
    UnknownTool,
    TimedOut,
}
