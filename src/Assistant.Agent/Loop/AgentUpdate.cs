namespace Assistant.Agent.Loop;

/// <summary>What an answer in progress reports, in order: tool calls as they start and finish, answer text as it streams, then the whole answer.</summary>
public abstract record AgentUpdate;

public sealed record AnswerTextDelta(string Text) : AgentUpdate;

public sealed record ToolCallStarted(string CallId, string Tool, string ArgumentsJson) : AgentUpdate;

public sealed record ToolCallFinished(ToolCallTrace Trace) : AgentUpdate;

public sealed record AnswerCompleted(AgentAnswer Answer) : AgentUpdate;
