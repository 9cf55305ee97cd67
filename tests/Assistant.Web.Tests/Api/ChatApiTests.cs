using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text.Json;
using Assistant.Agent;
using Assistant.Core.History;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Api;

public sealed class ChatApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string VolumeQuestion = "What was the volume at SEA4 last week?";

    [Fact]
    public async Task Chat_answers_the_volume_question_with_the_volume_history_call_and_its_numbers()
    {
        var (status, body, mediaType) = await ApiJson.PostAsync(app.CreateClient(), "api/chat", new { question = VolumeQuestion });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", mediaType);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("conversationId").GetString()));
        Assert.Equal("offline", body.GetProperty("brain").GetString());
        var total = await LastWeekAtSea4Async();
        Assert.Contains(total.ToString("N0", CultureInfo.InvariantCulture), body.GetProperty("answer").GetString());
        var call = Assert.Single(body.GetProperty("toolCalls").EnumerateArray());
        Assert.Equal("volume_history", call.GetProperty("tool").GetString());
        Assert.Equal("ok", call.GetProperty("outcome").GetString());
        Assert.Equal("SEA4", call.GetProperty("arguments").GetProperty("site").GetString());
        Assert.Equal(total, call.GetProperty("result").GetProperty("total_packages").GetInt64());
        Assert.True(call.GetProperty("ms").GetDouble() >= 0);
        var timings = body.GetProperty("timings");
        Assert.True(timings.GetProperty("totalMs").GetDouble() >= timings.GetProperty("toolsMs").GetDouble());
        Assert.Equal(0, body.GetProperty("usage").GetProperty("totalTokens").GetInt64());
    }

    [Fact]
    public async Task A_follow_up_with_the_conversation_id_continues_that_conversation()
    {
        var client = app.CreateClient();
        var (_, first, _) = await ApiJson.PostAsync(client, "api/chat", new { question = VolumeQuestion });
        var id = first.GetProperty("conversationId").GetString();

        var (status, second, _) = await ApiJson.PostAsync(client, "api/chat", new { question = "and for PDX2?", conversationId = id });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(id, second.GetProperty("conversationId").GetString());
        var call = Assert.Single(second.GetProperty("toolCalls").EnumerateArray());
        Assert.Equal("volume_history", call.GetProperty("tool").GetString());
        Assert.Equal("PDX2", call.GetProperty("arguments").GetProperty("site").GetString());
    }

    [Theory]
    [InlineData("api/chat")]
    [InlineData("api/chat/sse")]
    public async Task A_blank_question_is_a_validation_problem_naming_the_question(string path)
    {
        var (status, body, mediaType) = await ApiJson.PostAsync(app.CreateClient(), path, new { question = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.True(body.GetProperty("errors").TryGetProperty("question", out _));
    }

    [Theory]
    [InlineData("api/chat")]
    [InlineData("api/chat/sse")]
    public async Task An_unknown_conversation_is_not_found(string path)
    {
        var (status, body, mediaType) = await ApiJson.PostAsync(app.CreateClient(), path, new { question = VolumeQuestion, conversationId = "nosuchthing" });

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Contains("nosuchthing", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unknown_network_file_is_a_validation_problem_naming_the_network()
    {
        var (status, body, _) = await ApiJson.PostAsync(app.CreateClient(), "api/chat", new { question = "What is the baseline plan cost?", network = "nosuch.json" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("nosuch.json", body.GetProperty("errors").GetProperty("network")[0].GetString());
    }

    [Fact]
    public async Task The_sse_variant_streams_the_tool_call_then_text_then_done_with_the_whole_answer()
    {
        using var response = await app.CreateClient().PostAsJsonAsync("api/chat/sse", new { question = VolumeQuestion });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);

        var events = new List<(string Type, JsonElement Data)>();
        await foreach (var item in SseParser.Create(await response.Content.ReadAsStreamAsync()).EnumerateAsync())
        {
            using var document = JsonDocument.Parse(item.Data);
            events.Add((item.EventType, document.RootElement.Clone()));
        }

        Assert.Equal("tool_call_started", events[0].Type);
        Assert.Equal("volume_history", events[0].Data.GetProperty("tool").GetString());
        Assert.Equal("SEA4", events[0].Data.GetProperty("arguments").GetProperty("site").GetString());
        Assert.Equal("tool_call_finished", events[1].Type);
        Assert.Equal("ok", events[1].Data.GetProperty("outcome").GetString());
        Assert.Equal(await LastWeekAtSea4Async(), events[1].Data.GetProperty("result").GetProperty("total_packages").GetInt64());
        var texts = events.Skip(2).SkipLast(1).ToList();
        Assert.True(texts.Count > 1, "the answer should arrive in more than one piece");
        Assert.All(texts, e => Assert.Equal("text", e.Type));
        var done = events[^1];
        Assert.Equal("done", done.Type);
        Assert.Equal(string.Concat(texts.Select(e => e.Data.GetProperty("text").GetString())), done.Data.GetProperty("answer").GetString());
        Assert.False(string.IsNullOrEmpty(done.Data.GetProperty("conversationId").GetString()));
        Assert.Equal("volume_history", done.Data.GetProperty("toolCalls")[0].GetProperty("tool").GetString());
    }

    [Fact]
    public async Task The_browser_stream_still_answers_in_json_lines()
    {
        var events = await ChatStream.AskAsync(app.CreateClient(), VolumeQuestion);

        Assert.Equal("opened", events[0].Type);
        Assert.Equal("done", events[^1].Type);
    }

    // The offline brain reads "last week" against the app's clock; the store holds the truth.
    private async Task<long> LastWeekAtSea4Async()
    {
        var runtime = app.Services.GetRequiredService<AssistantRuntime>();
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - 7);
        var days = await runtime.Store.GetVolumeAsync(VolumeScope.Site("SEA4"), monday, monday.AddDays(6));
        return days.Sum(day => day.Packages);
    }
}
