using Assistant.Agent.Loop;

namespace Assistant.Agent.Chat;

/// <summary>The first update of a streamed answer: which conversation it belongs to (new or continued).</summary>
public sealed record ConversationOpened(string ConversationId) : AgentUpdate;
