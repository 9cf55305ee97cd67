using Assistant.Web.Chat;

namespace Assistant.Web.Tests;

public sealed class AnswerMarkdownTests
{
    private readonly AnswerMarkdown _markdown = new();

    [Fact]
    public void Raw_html_is_shown_as_text_not_run()
    {
        var html = _markdown.ToHtml("Volume <script>alert(1)</script> and <b onclick=\"x()\">bold</b>");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b ", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click]( data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<javascript:alert(1)>")]
    public void Links_to_scripts_lead_nowhere(string markdown)
    {
        var html = _markdown.ToHtml(markdown);

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[docs](https://example.org/a:b)", "https://example.org/a:b")]
    [InlineData("[this chat](/c/abc?at=10:00)", "/c/abc?at=10:00")]
    [InlineData("[mail](mailto:ops@example.org)", "mailto:ops@example.org")]
    public void Ordinary_links_are_kept(string markdown, string href)
    {
        Assert.Contains($"href=\"{href}\"", _markdown.ToHtml(markdown));
    }

    [Fact]
    public void Emphasis_and_tables_render()
    {
        var html = _markdown.ToHtml("**Seattle** handled **103,609 packages**\n\n| site | packages |\n|---|---|\n| SEA4 | 1 |\n");

        Assert.Contains("<strong>Seattle</strong>", html);
        Assert.Contains("<table>", html);
        Assert.Contains("<td>SEA4</td>", html);
    }
}
