using Assistant.Agent.Loop;
using System.Net;
using Assistant.Web.Chat;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests;

/// <summary>Each finished answer says which brain wrote it: the offline planner, or the service and model that answered.</summary>
public sealed class BrainLabelTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task A_finished_answer_is_labelled_with_the_offline_brain()
    {
        var events = await ChatStream.AskAsync(app.CreateClient(), "Tell me about PDX2");

        var done = events[^1];
        Assert.Equal("done", done.Type);
        Assert.Contains("data-testid=\"answer-brain\"", done.Html);
        Assert.Contains(">offline brain</p>", done.Html);
    }

    [Fact]
    public async Task An_answer_from_the_openai_brain_is_labelled_with_the_model_that_answered()
    {
        _ = app.CreateClient(); // starts the app
        var answer = new AgentAnswer("SEA4 handled 1,234 packages.", [], new TokenUsage(120, 7), 850, 1, false, "openai · gpt-4o-mini");

        var html = await app.Services.GetRequiredService<ChatFragments>().MessageAsync(ChatEntry.Finished(answer));

        Assert.Contains(">openai · gpt-4o-mini</p>", WebUtility.HtmlDecode(html));
        Assert.Contains("120 in, 7 out", html);
    }

    [Fact]
    public async Task With_the_openai_brain_configured_and_its_server_down_the_chat_says_so_in_one_line()
    {
        // Nothing listens on the discard port: the connection is refused at once.
        using var openai = app.WithWebHostBuilder(host => host
            .UseSetting("Assistant:Brain", "openai")
            .UseSetting("Assistant:OpenAI:Endpoint", "http://127.0.0.1:9/v1")
            .UseSetting("Assistant:OpenAI:Model", "llama3.1:8b")
            .UseSetting("Assistant:OpenAI:MaxRetries", "0"));

        var events = await ChatStream.AskAsync(openai.CreateClient(), "Tell me about PDX2");

        var error = events[^1];
        Assert.Equal("error", error.Type);
        Assert.Contains("Could not reach the openai brain (llama3.1:8b at http://127.0.0.1:9/v1/)", WebUtility.HtmlDecode(error.Html));
    }
}
