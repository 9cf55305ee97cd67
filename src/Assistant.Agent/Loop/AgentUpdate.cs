namespace Assistant.Agent.Loop;

/// <summary>What an answer in progress reports, in order: tool calls as they start (with progress notes from slow ones) and finish, answer text as it streams, then the whole answer.</summary>
public abstract record AgentUpdate;

public sealed record AnswerTextDelta(string Text) : AgentUpdate;

public sealed record ToolCallStarted(string CallId, string Tool, string ArgumentsJson) : AgentUpdate;

/// <summary>A note from a tool that takes a while, on how far it has got ("62% of the delivery hierarchy fitted").</summary>
public sealed record ToolCallProgress(string CallId, string Tool, string Note) : AgentUpdate;

public sealed record ToolCallFinished(ToolCallTrace Trace) : AgentUpdate;

public sealed record AnswerCompleted(AgentAnswer Answer) : AgentUpdate;
