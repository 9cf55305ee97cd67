using System.Net;
using System.Net.Http.Json;
using Assistant.Web.Tests.Api;

namespace Assistant.Web.Tests.Hardening;

/// <summary>The OpenAI brain configured with nothing listening at its endpoint (the discard port refuses at once), no retries.</summary>
public sealed class DownBrainWebAppFixture() : SettingsWebAppFixture(new Dictionary<string, string>
{
    ["Assistant:Brain"] = "openai",
    ["Assistant:OpenAI:Endpoint"] = "http://127.0.0.1:9/v1",
    ["Assistant:OpenAI:Model"] = "llama3.1:8b",
    ["Assistant:OpenAI:MaxRetries"] = "0",
});

/// <summary>
/// Issue 12, item 7: with the language model's service down, the browser's stream said "Could not
/// reach the openai brain ..." while /api/chat and /api/chat/sse said "Something went wrong".
/// All three now give the same line; the HTTP API as a 502 problem.
/// </summary>
public sealed class BrainDownTests(DownBrainWebAppFixture app) : IClassFixture<DownBrainWebAppFixture>
{
    private const string Reason = "Could not reach the openai brain (llama3.1:8b at http://127.0.0.1:9/v1/)";

    [Fact]
    public async Task The_chat_api_answers_502_with_the_reason()
    {
        using var response = await app.CreateClient().PostAsJsonAsync("api/chat", new { question = "Tell me about PDX2" });

        var problem = await ProblemResponsesTests.AssertProblemAsync(response, HttpStatusCode.BadGateway, Reason);
        Assert.DoesNotContain("Something went wrong", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_event_stream_ends_with_an_error_event_with_the_reason()
    {
        using var response = await app.CreateClient().PostAsJsonAsync("api/chat/sse", new { question = "Tell me about PDX2" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var error = events[^1];
        Assert.StartsWith("event: error", error);
        Assert.Contains(Reason, error);
        Assert.Contains("\"status\":502", error);
    }

    [Fact]
    public async Task The_pages_stream_gives_the_same_reason()
    {
        var events = await ChatStream.AskAsync(app.CreateClient(), "Tell me about PDX2");

        Assert.Equal("error", events[^1].Type);
        Assert.Contains(Reason, WebUtility.HtmlDecode(events[^1].Html));
    }
}
