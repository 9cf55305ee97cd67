using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Assistant.Agent.Brains;
using Assistant.Core;
using Microsoft.Extensions.AI;

namespace Assistant.Agent.Tests.OpenAi;

/// <summary>
/// The OpenAI brain, with the real SDK over real HTTP, against a fake server that speaks the
/// chat-completions wire protocol: what it sends, how it reads plain and streamed answers, and
/// how it behaves when the server is slow, busy, failing or talking nonsense.
/// </summary>
public sealed class OpenAiChatClientTests : IAsyncLifetime
{
    private const string Key = "sk-test-0123456789abcdef";

    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private OpenAiChatClient Brain(Func<OpenAiBrainSettings, OpenAiBrainSettings>? change = null, CapturedLogs? logs = null)
    {
        var settings = new OpenAiBrainSettings { Endpoint = _server.Endpoint.ToString(), Model = "gpt-4o-mini", ApiKey = Key, RetryDelaySeconds = 0.05, TimeoutSeconds = 10 };
        return new OpenAiChatClient(change?.Invoke(settings) ?? settings, logs);
    }

    [Description("Daily package volume for a site.")]
    private static int VolumeHistory([Description("Site code, e.g. SEA4.")] string site, string? start = null) => site.Length + (start?.Length ?? 0);

    private static ChatOptions WithTools() => new()
    {
        Tools = [AIFunctionFactory.Create(VolumeHistory, "volume_history")],
        ToolMode = ChatToolMode.Auto,
    };

    [Fact]
    public async Task A_plain_answer_comes_back_with_its_text_model_and_token_usage()
    {
        _server.Then(FakeReply.Json(OpenAiWire.Completion("SEA4 handled 1,234 packages.", promptTokens: 40, completionTokens: 9)));

        var response = await Brain().GetResponseAsync([new(ChatRole.System, "Be brief."), new(ChatRole.User, "Volume at SEA4?")]);

        Assert.Equal("SEA4 handled 1,234 packages.", response.Text);
        Assert.Equal(OpenAiWire.Model, response.ModelId);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.Equal((40L, 9L, 49L), (response.Usage!.InputTokenCount, response.Usage.OutputTokenCount, response.Usage.TotalTokenCount));
        var sent = Assert.Single(_server.Requests);
        Assert.Equal("/v1/chat/completions", sent.Path);
        Assert.Equal("gpt-4o-mini", sent.Body.GetProperty("model").GetString());
        Assert.False(sent.Streams);
        Assert.Equal(["system", "user"], sent.Messages.EnumerateArray().Select(m => m.GetProperty("role").GetString()));
        Assert.Contains("Volume at SEA4?", sent.Messages[1].GetProperty("content").GetRawText());
    }

    [Fact]
    public async Task Tools_are_sent_as_functions_with_their_json_schemas_and_tool_choice_auto()
    {
        _server.Then(FakeReply.Json(OpenAiWire.Completion("ok")));
        var options = WithTools();

        await Brain().GetResponseAsync([new(ChatRole.User, "q")], options);

        var body = Assert.Single(_server.Requests).Body;
        var tool = Assert.Single(body.GetProperty("tools").EnumerateArray());
        Assert.Equal("function", tool.GetProperty("type").GetString());
        var function = tool.GetProperty("function");
        Assert.Equal("volume_history", function.GetProperty("name").GetString());
        Assert.Equal("Daily package volume for a site.", function.GetProperty("description").GetString());
        var declared = ((AIFunction)options.Tools![0]).JsonSchema;
        Assert.True(JsonElement.DeepEquals(declared, function.GetProperty("parameters")), function.GetProperty("parameters").ToString());
        Assert.Equal("string", function.GetProperty("parameters").GetProperty("properties").GetProperty("site").GetProperty("type").GetString());
        Assert.Equal("auto", body.GetProperty("tool_choice").GetString());
    }

    [Fact]
    public async Task A_tool_call_in_a_plain_answer_becomes_a_function_call_with_parsed_arguments()
    {
        _server.Then(FakeReply.Json(OpenAiWire.Completion(null, 30, 8, ("call_1", "volume_history", """{"site":"SEA4","start":"2026-11-09"}"""))));

        var response = await Brain().GetResponseAsync([new(ChatRole.User, "q")], WithTools());

        var call = Assert.Single(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
        Assert.Equal(("call_1", "volume_history"), (call.CallId, call.Name));
        Assert.Equal("SEA4", call.Arguments!["site"]!.ToString());
        Assert.Equal("2026-11-09", call.Arguments["start"]!.ToString());
        Assert.Equal(ChatFinishReason.ToolCalls, response.FinishReason);
    }

    [Fact]
    public async Task Tool_calls_and_their_results_go_back_tied_together_by_tool_call_id()
    {
        _server.Then(FakeReply.Json(OpenAiWire.Completion("SEA4 handled 42 packages.")));
        var call = new FunctionCallContent("call_7", "volume_history", new Dictionary<string, object?> { ["site"] = "SEA4" });
        var result = new FunctionResultContent("call_7", JsonDocument.Parse("""{"total_packages":42}""").RootElement);

        await Brain().GetResponseAsync(
            [new(ChatRole.User, "q"), new(ChatRole.Assistant, [call]), new(ChatRole.Tool, [result])], WithTools());

        var messages = Assert.Single(_server.Requests).Messages;
        Assert.Equal(["user", "assistant", "tool"], messages.EnumerateArray().Select(m => m.GetProperty("role").GetString()));
        var sentCall = Assert.Single(messages[1].GetProperty("tool_calls").EnumerateArray());
        Assert.Equal("call_7", sentCall.GetProperty("id").GetString());
        Assert.Equal("volume_history", sentCall.GetProperty("function").GetProperty("name").GetString());
        Assert.Equal("SEA4", JsonDocument.Parse(sentCall.GetProperty("function").GetProperty("arguments").GetString()!).RootElement.GetProperty("site").GetString());
        Assert.Equal("call_7", messages[2].GetProperty("tool_call_id").GetString());
        Assert.Equal(42, OpenAiWire.ToolResult(_server.Requests[0], "call_7").GetProperty("total_packages").GetInt32());
    }

    [Fact]
    public async Task Streamed_text_arrives_in_pieces_and_the_usage_chunk_comes_through()
    {
        _server.Then(FakeReply.Sse(OpenAiWire.TextChunks(120, 7, "SEA4 ", "handled ", "1,234 packages.")));

        var updates = await Brain().GetStreamingResponseAsync([new(ChatRole.User, "q")]).ToListAsync();

        Assert.Equal(["SEA4 ", "handled ", "1,234 packages."], updates.SelectMany(u => u.Contents).OfType<TextContent>().Select(t => t.Text));
        var usage = Assert.Single(updates.SelectMany(u => u.Contents).OfType<UsageContent>()).Details;
        Assert.Equal((120L, 7L), (usage.InputTokenCount, usage.OutputTokenCount));
        Assert.All(updates, u => Assert.Equal(OpenAiWire.Model, u.ModelId));
        var sent = Assert.Single(_server.Requests);
        Assert.True(sent.Streams);
        Assert.True(sent.Body.GetProperty("stream_options").GetProperty("include_usage").GetBoolean());
    }

    [Fact]
    public async Task Streamed_tool_call_arguments_split_across_chunks_are_joined_by_index()
    {
        // Two parallel calls whose argument fragments interleave and split inside strings and keys.
        _server.Then(FakeReply.Sse(
        [
            OpenAiWire.ToolCallStart(0, "call_a", "volume_history"),
            OpenAiWire.ToolCallArguments(0, """{"si"""),
            OpenAiWire.ToolCallStart(1, "call_b", "volume_history"),
            OpenAiWire.ToolCallArguments(1, """{"site":"PD"""),
            OpenAiWire.ToolCallArguments(0, """te":"SEA"""),
            OpenAiWire.ToolCallArguments(1, """X2"}"""),
            OpenAiWire.ToolCallArguments(0, """4","start":"2026-11-09"}"""),
            OpenAiWire.Finish("tool_calls"),
            OpenAiWire.UsageChunk(200, 30),
        ]));

        var updates = await Brain().GetStreamingResponseAsync([new(ChatRole.User, "q")], WithTools()).ToListAsync();

        var calls = updates.SelectMany(u => u.Contents).OfType<FunctionCallContent>().ToList();
        Assert.Equal(["call_a", "call_b"], calls.Select(c => c.CallId));
        Assert.All(calls, c => Assert.Equal("volume_history", c.Name));
        Assert.All(calls, c => Assert.Null(c.Exception));
        Assert.Equal("SEA4", calls[0].Arguments!["site"]!.ToString());
        Assert.Equal("2026-11-09", calls[0].Arguments!["start"]!.ToString());
        Assert.Equal("PDX2", calls[1].Arguments!["site"]!.ToString());
        Assert.Equal(200, updates.SelectMany(u => u.Contents).OfType<UsageContent>().Single().Details.InputTokenCount);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_wait_the_server_asks_for()
    {
        _server.Then(
            FakeReply.Error(429, "Rate limit reached for gpt-4o-mini.", new Dictionary<string, string> { ["Retry-After"] = "1" }),
            FakeReply.Json(OpenAiWire.Completion("after the wait")));

        var clock = Stopwatch.StartNew();
        var response = await Brain().GetResponseAsync([new(ChatRole.User, "q")]);

        Assert.Equal("after the wait", response.Text);
        Assert.Equal(2, _server.Requests.Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {clock.Elapsed.TotalSeconds:0.00} s, before the server's Retry-After of 1 s");
    }

    [Fact]
    public async Task A_500_is_retried_with_backoff_and_a_streamed_answer_then_arrives()
    {
        _server.Then(
            FakeReply.Error(500, "The server had an error while processing your request."),
            FakeReply.Error(503, "Overloaded."),
            FakeReply.Sse(OpenAiWire.TextChunks(10, 2, "fine ", "now")));

        var updates = await Brain().GetStreamingResponseAsync([new(ChatRole.User, "q")]).ToListAsync();

        Assert.Equal("fine now", string.Concat(updates.SelectMany(u => u.Contents).OfType<TextContent>().Select(t => t.Text)));
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task A_request_that_times_out_is_tried_again()
    {
        _server.Then(FakeReply.Json(OpenAiWire.Completion("too late")).After(TimeSpan.FromSeconds(5)), FakeReply.Json(OpenAiWire.Completion("in time")));

        var response = await Brain(s => s with { TimeoutSeconds = 0.5 }).GetResponseAsync([new(ChatRole.User, "q")]);

        Assert.Equal("in time", response.Text);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task When_every_retry_fails_the_failure_says_what_the_server_said_and_how_often_it_was_tried()
    {
        _server.Then(FakeReply.Error(503, "Overloaded."), FakeReply.Error(503, "Overloaded."), FakeReply.Error(503, "Still overloaded."));

        var failure = await Assert.ThrowsAsync<BrainFailure>(() => Brain(s => s with { MaxRetries = 2 }).GetResponseAsync([new(ChatRole.User, "q")]));

        Assert.Equal(503, failure.Status);
        Assert.Contains("tried 3 times", failure.Message);
        Assert.Contains("Still overloaded.", failure.Message);
        Assert.Contains("gpt-4o-mini", failure.Message);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task A_timeout_on_every_try_is_reported_as_a_timeout()
    {
        _server.Then(FakeReply.Json(OpenAiWire.Completion("late")).After(TimeSpan.FromSeconds(5)), FakeReply.Json(OpenAiWire.Completion("late")).After(TimeSpan.FromSeconds(5)));

        var failure = await Assert.ThrowsAsync<BrainFailure>(() => Brain(s => s with { TimeoutSeconds = 0.3, MaxRetries = 1 }).GetResponseAsync([new(ChatRole.User, "q")]));

        Assert.True(failure.Message.Contains("did not answer within 0.3 seconds", StringComparison.Ordinal), failure.Message);
    }

    [Fact]
    public async Task A_stream_that_stalls_midway_ends_in_a_timeout_failure()
    {
        _server.Then(FakeReply.Sse(OpenAiWire.TextChunks(1, 1, "first ", "second")).Pausing(TimeSpan.FromSeconds(3)));
        var brain = Brain(s => s with { TimeoutSeconds = 0.5, MaxRetries = 0 });
        var texts = new List<string>();

        var failure = await Assert.ThrowsAsync<BrainFailure>(async () =>
        {
            await foreach (var update in brain.GetStreamingResponseAsync([new(ChatRole.User, "q")]))
            {
                texts.Add(update.Text);
            }
        });

        Assert.True(failure.Message.Contains("did not answer within 0.5 seconds", StringComparison.Ordinal), failure.Message);
        Assert.True(texts.Count < 3, string.Join("|", texts));
    }

    [Fact]
    public async Task A_malformed_body_gives_a_clear_failure_not_a_crash()
    {
        _server.Then(new FakeReply(200, "application/json", ["{\"id\": \"chatcmpl-1\", \"choices\": [ this is not json"]));

        var failure = await Assert.ThrowsAsync<BrainFailure>(() => Brain().GetResponseAsync([new(ChatRole.User, "q")]));

        Assert.Contains("not a chat completion", failure.Message);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_malformed_chunk_in_a_stream_gives_a_clear_failure_not_a_crash()
    {
        _server.Then(FakeReply.Sse([.. OpenAiWire.TextChunks(1, 1, "half ").Take(2), "{\"choices\": [{\"delta\": nope"]));

        var failure = await Assert.ThrowsAsync<BrainFailure>(async () => await Brain().GetStreamingResponseAsync([new(ChatRole.User, "q")]).ToListAsync());

        Assert.Contains("not a chat completion", failure.Message);
    }

    [Fact]
    public async Task The_key_is_sent_as_a_bearer_token_and_never_appears_in_logs_or_failures()
    {
        // A server that echoes the key it was given, as some proxies do in their error messages.
        _server.Then(FakeReply.Error(401, $"Incorrect API key provided: {Key}."));
        var logs = new CapturedLogs();

        var failure = await Assert.ThrowsAsync<BrainFailure>(() => Brain(logs: logs).GetResponseAsync([new(ChatRole.User, "q")]));

        Assert.Equal("Bearer " + Key, Assert.Single(_server.Requests).Authorization);
        Assert.Null(_server.Requests[0].ApiKey);
        Assert.Equal(401, failure.Status);
        Assert.Contains("Assistant:OpenAI:ApiKey", failure.Message);
        Assert.DoesNotContain(Key, failure.ToString());
        Assert.NotEmpty(logs.Lines);
        Assert.All(logs.Lines, line => Assert.DoesNotContain(Key, line));
    }

    [Fact]
    public async Task A_local_server_needs_no_key_and_gets_no_authorization_header()
    {
        _server.Then(FakeReply.Json(OpenAiWire.Completion("hi from ollama")));

        var response = await Brain(s => s with { ApiKey = null }).GetResponseAsync([new(ChatRole.User, "q")]);

        Assert.Equal("hi from ollama", response.Text);
        Assert.Null(Assert.Single(_server.Requests).Authorization);
    }

    [Fact]
    public async Task An_unreachable_server_gives_a_clear_failure()
    {
        var endpoint = _server.Endpoint;
        await _server.DisposeAsync();
        _server = await FakeOpenAiServer.StartAsync();

        var brain = new OpenAiChatClient(new OpenAiBrainSettings { Endpoint = endpoint.ToString(), ApiKey = Key, MaxRetries = 1, RetryDelaySeconds = 0.01 });
        var failure = await Assert.ThrowsAsync<BrainFailure>(() => brain.GetResponseAsync([new(ChatRole.User, "q")]));

        Assert.True(failure.Message.StartsWith("Could not reach the openai brain", StringComparison.Ordinal), failure.Message);
    }

    [Fact]
    public void A_remote_endpoint_without_a_key_is_refused_with_the_setting_named()
    {
        var error = Assert.Throws<InputError>(() => new OpenAiChatClient(new OpenAiBrainSettings { ApiKey = null }));

        Assert.Contains("Assistant:OpenAI:ApiKey", error.Message);
        Assert.Contains(OpenAiBrainSettings.KeyVariable, error.Message);
    }

    [Fact]
    public void The_metadata_names_the_provider_endpoint_and_model()
    {
        var metadata = Brain().GetService<ChatClientMetadata>()!;

        Assert.Equal(("openai", _server.Endpoint, "gpt-4o-mini"), (metadata.ProviderName, metadata.ProviderUri, metadata.DefaultModelId));
    }
}
