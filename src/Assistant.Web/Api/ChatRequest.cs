using System.ComponentModel;

namespace Assistant.Web.Api;

/// <summary>The body of POST /api/chat and POST /api/chat/sse.</summary>
public sealed record ChatRequest(
    [property: Description("The question, in plain language (required; at most 2,000 characters).")]
    string Question,
    [property: Description("Continue this conversation (follow-ups such as \"and for PDX2?\" read it); omit to start a new one.")]
    string? ConversationId = null,
    [property: Description("A network file (a name GET /api/networks lists) for what-if and plan questions; omit for the store's network.")]
    string? Network = null);
