namespace Assistant.Web.Chat;

/// <summary>The body of POST /api/chat/stream: a question, in a conversation or (without an id) in a new one.</summary>
public sealed record ChatQuestion(string? ConversationId, string? Question);
