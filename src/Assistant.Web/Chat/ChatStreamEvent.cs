namespace Assistant.Web.Chat;

/// <summary>
/// One line of the answer stream (newline-delimited JSON), in order: "opened" (the conversation id),
/// "tool-started" / "tool-progress" (a slow tool's note on how far it has got) / "tool-finished", "text" (the answer so far, as safe HTML), then either "done"
/// (the finished message and the refreshed conversation list, as HTML) or "error" (an error message, as HTML).
/// </summary>
public sealed record ChatStreamEvent(string Type)
{
    public string? ConversationId { get; init; }

    public string? Tool { get; init; }

    /// <summary>For "tool-progress": the tool's note, as plain text.</summary>
    public string? Note { get; init; }

    public string? Html { get; init; }

    public string? SidebarHtml { get; init; }
}
