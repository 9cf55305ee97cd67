using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Assistant.Web.Tests;

public sealed class AppEndpointTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Healthz_reports_ok_with_the_brain_and_nothing_about_the_machine()
    {
        using var response = await app.CreateClient().GetAsync("healthz");
        var body = await response.Content.ReadAsStringAsync();
        var health = await response.Content.ReadFromJsonAsync<HealthReport>();

        Assert.NotNull(health);
        Assert.Equal("ok", health.Status);
        Assert.Equal("offline", health.Brain);
        // Open without the key: no file path of the server's.
        Assert.DoesNotContain(Path.GetFileName(app.DatabasePath), body);
        Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), body);
        Assert.DoesNotContain("database", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Home_page_renders_the_chat_input_and_the_suggested_questions()
    {
        using var response = await app.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"chat-input\"", html);
        Assert.Contains("data-testid=\"send-button\"", html);
        Assert.Contains("data-testid=\"new-conversation\"", html);
        Assert.Equal(Assistant.Web.Components.Chat.ChatSuggestions.Questions.Count, Count(html, "data-testid=\"suggestion\""));
        Assert.Contains("What was the volume at SEA4 last week?", html);
        Assert.Contains("js/chat.js", html);
    }

    [Theory]
    [InlineData("lib/vega.min.js", 400_000)]
    [InlineData("lib/vega-lite.min.js", 200_000)]
    [InlineData("lib/vega-embed.min.js", 40_000)]
    [InlineData("js/charts.js", 500)]
    [InlineData("js/chat.js", 500)]
    public async Task Scripts_are_served_from_the_app_itself(string path, int minimumBytes)
    {
        using var response = await app.CreateClient().GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.True(body.Length >= minimumBytes, $"{path} is {body.Length} bytes");
    }

    [Fact]
    public async Task Every_script_and_stylesheet_the_page_names_is_served()
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync("/");

        var assets = Regex.Matches(html, "<(?:script|link)[^>]+(?:src|href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.True(assets.Count >= 5, string.Join(", ", assets));
        foreach (var asset in assets)
        {
            using var response = await client.GetAsync(asset);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Stylesheet_is_served()
    {
        using var response = await app.CreateClient().GetAsync("app.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unknown_conversation_page_says_there_is_none()
    {
        var html = await app.CreateClient().GetStringAsync("c/nosuchthing");

        Assert.Contains("There is no conversation &#x27;nosuchthing&#x27;", html);
        Assert.Contains("message-error", html);
    }

    private static int Count(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
