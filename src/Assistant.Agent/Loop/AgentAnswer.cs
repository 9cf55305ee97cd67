namespace Assistant.Agent.Loop;

/// <summary>The result of one question: the answer text and everything behind it.</summary>
public sealed record AgentAnswer(
    string Text,
    IReadOnlyList<ToolCallTrace> ToolCalls,
    TokenUsage Usage,
    double ElapsedMs,
    int Rounds,
    bool StoppedAtRoundLimit,
    string Brain);

public sealed record TokenUsage(long InputTokens, long OutputTokens)
{
    public static readonly TokenUsage None = new(0, 0);

    public long TotalTokens => InputTokens + OutputTokens;
}
