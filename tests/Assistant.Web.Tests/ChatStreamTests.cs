using System.Globalization;
using System.Net;
using Assistant.Agent;
using Assistant.Core.History;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests;

public sealed class ChatStreamTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string VolumeQuestion = "What was the volume at SEA4 last week?";

    [Fact]
    public async Task An_answer_streams_the_conversation_the_tool_call_the_text_and_the_finished_message()
    {
        var events = await ChatStream.AskAsync(app.CreateClient(), VolumeQuestion);

        Assert.Equal("opened", events[0].Type);
        Assert.False(string.IsNullOrEmpty(events[0].ConversationId));
        Assert.Equal(("tool-started", "volume_history"), (events[1].Type, events[1].Tool));
        Assert.Equal(("tool-finished", "volume_history"), (events[2].Type, events[2].Tool));
        Assert.Contains(events, e => e.Type == "text");
        var done = events[^1];
        Assert.Equal("done", done.Type);
        Assert.Equal(events[0].ConversationId, done.ConversationId);
        Assert.Contains(await LastWeekAtSea4Async(), done.Html);
        Assert.Contains("data-testid=\"trace\"", done.Html);
        Assert.Contains("data-testid=\"chart\"", done.Html);
        Assert.Contains("volume_history", done.Html);
        Assert.Contains($"c/{done.ConversationId}", done.SidebarHtml);
    }

    [Fact]
    public async Task Streamed_text_grows_and_ends_as_the_answer_text()
    {
        var events = await ChatStream.AskAsync(app.CreateClient(), VolumeQuestion);

        var texts = events.Where(e => e.Type == "text").Select(e => e.Html!).ToList();
        Assert.True(texts.Count > 1, "the answer should arrive in more than one piece");
        Assert.True(texts.Zip(texts.Skip(1)).All(pair => pair.First.Length <= pair.Second.Length));
        Assert.Contains(await LastWeekAtSea4Async(), texts[^1]);
    }

    [Fact]
    public async Task A_follow_up_continues_the_same_conversation()
    {
        var client = app.CreateClient();
        var first = await ChatStream.AskAsync(client, VolumeQuestion);
        var id = first[0].ConversationId;

        var second = await ChatStream.AskAsync(client, "Tell me about PDX2", id);

        Assert.Equal(id, second[0].ConversationId);
        Assert.Equal("done", second[^1].Type);
    }

    [Fact]
    public async Task An_empty_question_is_answered_with_the_input_error()
    {
        var events = await ChatStream.AskAsync(app.CreateClient(), "   ");

        var error = Assert.Single(events);
        Assert.Equal("error", error.Type);
        Assert.Contains("The question is empty.", error.Html);
        Assert.Contains("message-error", error.Html);
    }

    [Fact]
    public async Task A_question_in_an_unknown_conversation_is_answered_with_the_input_error()
    {
        var events = await ChatStream.AskAsync(app.CreateClient(), VolumeQuestion, "nosuchthing");

        var error = Assert.Single(events);
        Assert.Equal("error", error.Type);
        Assert.Contains("There is no conversation &#x27;nosuchthing&#x27;.", error.Html);
    }

    [Fact]
    public async Task A_conversation_page_shows_the_past_answer_with_its_trace_and_chart()
    {
        var client = app.CreateClient();
        var events = await ChatStream.AskAsync(client, VolumeQuestion);
        var id = events[0].ConversationId;

        using var response = await client.GetAsync($"c/{id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"message-user\"", html);
        Assert.Contains(VolumeQuestion, html);
        Assert.Contains("data-testid=\"message-assistant\"", html);
        Assert.Contains(await LastWeekAtSea4Async(), html);
        Assert.Contains("data-testid=\"trace\"", html);
        Assert.Contains("data-testid=\"chart\"", html);
        Assert.Contains($"data-conversation-id=\"{id}\"", html);
        Assert.Contains("aria-current=\"page\"", html);
    }

    [Fact]
    public async Task What_a_user_typed_is_shown_as_text_never_as_html()
    {
        var client = app.CreateClient();
        var events = await ChatStream.AskAsync(client, "<img src=x onerror=alert(1)> volume at SEA4 last week");

        var html = await client.GetStringAsync($"c/{events[0].ConversationId}");

        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.DoesNotContain("<img src=x", events[^1].SidebarHtml);
    }

    [Fact]
    public async Task The_conversation_list_puts_the_latest_first()
    {
        var client = app.CreateClient();
        await ChatStream.AskAsync(client, "Tell me about PDX2");
        var latest = await ChatStream.AskAsync(client, "Hourly profile of PDX2");

        var html = await client.GetStringAsync("/");

        var firstItem = html.IndexOf("data-testid=\"conversation-item\"", StringComparison.Ordinal);
        Assert.True(firstItem > 0);
        Assert.Equal(html.IndexOf($"href=\"c/{latest[0].ConversationId}\"", StringComparison.Ordinal), html.LastIndexOf("<a", firstItem, StringComparison.Ordinal) + "<a ".Length);
    }

    // The offline brain reads "last week" against the app's clock; the store holds the truth.
    private async Task<string> LastWeekAtSea4Async()
    {
        var runtime = app.Services.GetRequiredService<AssistantRuntime>();
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - 7);
        var days = await runtime.Store.GetVolumeAsync(VolumeScope.Site("SEA4"), monday, monday.AddDays(6));
        return days.Sum(day => day.Packages).ToString("N0", CultureInfo.InvariantCulture);
    }
}
