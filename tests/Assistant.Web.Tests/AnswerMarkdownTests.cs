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

        // At most the words are shown, as text: no link, no attribute holds the script.
        Assert.DoesNotContain("<a", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("=\"data:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[this chat](/c/abc?at=10:00)", "/c/abc?at=10:00")]
    [InlineData("[the list](#conversations)", "#conversations")]
    [InlineData("[relative](c/abc)", "c/abc")]
    public void Links_to_pages_of_this_site_are_kept(string markdown, string href)
    {
        Assert.Contains($"href=\"{href}\"", _markdown.ToHtml(markdown));
    }

    [Theory]
    [InlineData("![t](http://evil.example/x.png?d=SEA4)", "t")]
    [InlineData("![tracker](//evil.example/x.png)", "tracker")]
    [InlineData("![alt *text*](https://evil.example/x.png \"title\")", "alt text")]
    [InlineData("![by reference][pixel]\n\n[pixel]: http://evil.example/p.gif", "by reference")]
    [InlineData("![][pixel]\n\n[pixel]: http://evil.example/p.gif", "")]
    [InlineData("[x](//evil.example/a)", "x")]
    [InlineData("[x](/\\evil.example/a)", "x")]
    [InlineData("[x](</\t/evil.example/a>)", "x")]
    [InlineData("[docs](https://evil.example/a:b)", "docs")]
    [InlineData("[mail](mailto:ops@evil.example)", "mail")]
    [InlineData("[by reference][site]\n\n[site]: https://evil.example/?q=1", "by reference")]
    [InlineData("[![inner](http://evil.example/i.png)](http://evil.example/outer)", "inner")]
    [InlineData("<http://evil.example/auto>", "http://evil.example/auto")]
    [InlineData("<ops@evil.example>", "ops@evil.example")]
    [InlineData("<img src=\"http://evil.example/x.png\">", "&lt;img src=&quot;http://evil.example/x.png&quot;&gt;")]
    [InlineData("SEA4{style=\"background:url(http://evil.example/x)\"}", "SEA4{style=&quot;background:url(http://evil.example/x)&quot;}")]
    [InlineData("![video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)", "video")]
    public void Images_and_links_that_leave_the_site_become_plain_text(string markdown, string shown)
    {
        var html = _markdown.ToHtml(markdown);

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<video", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=\"", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(shown, html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_or_external_link_leaves_exactly_its_words()
    {
        Assert.Equal(
            "<p>Seattle t, x and <strong>docs</strong> then <a href=\"/c/abc\">this chat</a></p>\n",
            _markdown.ToHtml("Seattle ![t](http://evil.example/x.png), [x](//evil.example/a) and **[docs](https://evil.example/b)** then [this chat](/c/abc)"));
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
