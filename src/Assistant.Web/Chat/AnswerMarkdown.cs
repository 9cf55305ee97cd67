using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Assistant.Web.Chat;

/// <summary>
/// Turns answer Markdown into HTML for the page. Raw HTML is never passed through (it is shown
/// as text), and links may only lead to http(s), mailto or a page of this site, because answers
/// can quote what a user typed.
/// </summary>
public sealed class AnswerMarkdown
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAdvancedExtensions()
        .Build();

    public string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(link => !IsSafe(link.Url)))
        {
            link.Url = "#";
        }

        foreach (var link in document.Descendants<AutolinkInline>().Where(link => !link.IsEmail && !IsSafe(link.Url)))
        {
            link.Url = "#";
        }

        return document.ToHtml(_pipeline);
    }

    private static bool IsSafe(string? url)
    {
        var text = url?.Trim() ?? "";
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        // A colon after the path, query or fragment has begun is not a scheme: "/c/x?at=10:00".
        var pathStart = text.IndexOfAny(['/', '?', '#']);
        return (pathStart >= 0 && pathStart < colon) || SafeSchemes.Contains(text[..colon], StringComparer.OrdinalIgnoreCase);
    }
}
