using System.Net;
using System.Text.RegularExpressions;

namespace Assistant.Web.Tests.Hardening;

/// <summary>
/// Issue 12, item 5 (the headers): every response carries a Content-Security-Policy that keeps the
/// browser on this origin (images from here or data: only, no framing, no eval) and the usual
/// security headers; the page's one inline script, the import map, runs by the policy's nonce.
/// </summary>
public sealed partial class SecurityHeadersTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/app.css")]
    [InlineData("/js/chat.js")]
    [InlineData("/api/networks")]
    [InlineData("/api/no-such-thing")]
    [InlineData("/healthz")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var response = await app.CreateClient().GetAsync(path);

        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("img-src 'self' data:;", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.Contains("object-src 'none'", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.DoesNotMatch("script-src[^;]*unsafe-inline", policy);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
    }

    [Fact]
    public async Task The_pages_inline_import_map_carries_the_nonce_the_policy_allows_and_it_differs_per_request()
    {
        var client = app.CreateClient();
        using var first = await client.GetAsync("/");
        using var second = await client.GetAsync("/");
        var html = await first.Content.ReadAsStringAsync();

        var nonce = Nonce().Match(Header(first, "Content-Security-Policy")).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.NotEqual(nonce, Nonce().Match(Header(second, "Content-Security-Policy")).Groups[1].Value);
        var inline = InlineScript().Matches(html);
        Assert.NotEmpty(inline);
        foreach (Match script in inline)
        {
            Assert.Contains($"nonce=\"{nonce}\"", script.Value);
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex Nonce();

    // Scripts without src: the page's inline ones.
    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>")]
    private static partial Regex InlineScript();
}
