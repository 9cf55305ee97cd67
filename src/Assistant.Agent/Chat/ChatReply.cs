using Assistant.Agent.Loop;

namespace Assistant.Agent.Chat;

public sealed record ChatReply(string ConversationId, AgentAnswer Answer);
