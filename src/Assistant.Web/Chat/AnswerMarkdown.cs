using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Assistant.Web.Chat;

/// <summary>
/// Turns answer Markdown into HTML for the page. Answers quote what users typed and what was
/// imported (site names, a language model's text), so nothing in them may make the browser
/// reach out: raw HTML is shown as text, images become their alt text, and a link survives only
/// when it leads to a page of this site (a relative path such as /c/ID); any other link, and
/// every autolink, becomes its text. Otherwise a crafted name could send data to another host
/// the moment the answer is shown (an image) or when it is clicked (a link with data in it).
/// </summary>
public sealed class AnswerMarkdown
{
    // Only the extensions answers use. The advanced set would add generic attributes
    // ({style=...} on any element, which can fetch), media links (iframes, video) and heading ids
    // (which could shadow the page's own element ids).
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseTaskLists()
        .Build();

    public string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);

        // Innermost first, so an image inside a link is turned into text before its link is.
        foreach (var link in document.Descendants<LinkInline>().Reverse().ToList())
        {
            if (link.IsImage || !IsOnThisSite(link.Url))
            {
                link.ReplaceBy(new LiteralInline(PlainText(link)), copyChildren: false);
            }
        }

        foreach (var link in document.Descendants<AutolinkInline>().ToList())
        {
            link.ReplaceBy(new LiteralInline(link.Url), copyChildren: false);
        }

        return document.ToHtml(_pipeline);
    }

    /// <summary>
    /// A path on this site: relative, or starting with one slash, '?' or '#'. Anything with a
    /// scheme (http:, mailto:, javascript:), a second slash or backslash (//host and /\host both
    /// lead elsewhere in a browser) or white space (browsers drop tabs and newlines inside URLs)
    /// is not.
    /// </summary>
    internal static bool IsOnThisSite(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        if (url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == '\\'))
        {
            return false;
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        // A colon after the path, query or fragment has begun is not a scheme: "/c/x?at=10:00".
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var pathStart = url.IndexOfAny(['/', '?', '#']);
        return colon < 0 || (pathStart >= 0 && pathStart < colon);
    }

    private static string PlainText(ContainerInline container)
    {
        var text = new System.Text.StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString();
    }
}
