namespace Assistant.Web.Chat;

/// <summary>
/// The body of POST /api/chat/stream: a question, in a conversation or (without an id) in a new
/// one, optionally about a network file (its name in the networks folder) instead of the store's network.
/// </summary>
public sealed record ChatQuestion(string? ConversationId, string? Question, string? Network = null);
