namespace Assistant.Agent.Loop;

public sealed record AgentOptions
{
    /// <summary>How many times the brain may ask for tools before the loop stops it.</summary>
    public int MaxToolRounds { get; init; } = 6;

    /// <summary>How long one tool call may run.</summary>
    public TimeSpan ToolTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
