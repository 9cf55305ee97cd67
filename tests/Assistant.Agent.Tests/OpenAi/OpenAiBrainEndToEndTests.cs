using System.Globalization;
using System.Text.Json;
using Assistant.Agent.Brains;
using Assistant.Agent.Loop;
using Assistant.Core;

namespace Assistant.Agent.Tests.OpenAi;

/// <summary>
/// The whole assistant (demo store, real plugins, the real agent loop) with the OpenAI brain,
/// talking over HTTP to a fake server that plays the model: it asks for volume_history in a
/// streamed tool call, then answers from the tool result it is sent back.
/// </summary>
public sealed class OpenAiBrainEndToEndTests : IAsyncLifetime
{
    private const string Key = "sk-e2e-9f8e7d6c5b4a";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "assistant-tests", Guid.NewGuid().ToString("N"));
    private readonly CapturedLogs _logs = new();
    private FakeOpenAiServer _server = null!;
    private AssistantRuntime _runtime = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _server = await FakeOpenAiServer.StartAsync();
        var settings = new AssistantSettings
        {
            Database = Path.Combine(_folder, "assistant.db"),
            Brain = "openai",
            OpenAI = new OpenAiBrainSettings { Endpoint = _server.Endpoint.ToString(), Model = "gpt-4o-mini", ApiKey = Key, RetryDelaySeconds = 0.05 },
        };
        _runtime = await AssistantRuntime.StartAsync(settings, FixedClock.Default, _logs);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Core.Store.SqliteDatabase.ReleasePooledConnections();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS when a file is still held.
        }
    }

    [Fact]
    public async Task The_volume_question_is_answered_by_calling_volume_history_as_the_model_asks()
    {
        // Round 1: the "model" asks for the tool, its arguments split across chunks; a 429 first, to be waited out.
        _server.Then(
            FakeReply.Error(429, "Rate limit reached.", new Dictionary<string, string> { ["retry-after-ms"] = "50" }),
            FakeReply.Sse(
            [
                OpenAiWire.ToolCallStart(0, "call_vol", "volume_history"),
                OpenAiWire.ToolCallArguments(0, """{"site": "SE"""),
                OpenAiWire.ToolCallArguments(0, """A4", "start": "2026-11-09", """),
                OpenAiWire.ToolCallArguments(0, "\"end\": \"2026-11-15\"}"),
                OpenAiWire.Finish("tool_calls"),
                OpenAiWire.UsageChunk(900, 40),
            ]));
        // Round 2: the "model" reads the tool result it was sent and answers from it.
        _server.Then(request =>
        {
            var total = OpenAiWire.ToolResult(request, "call_vol").GetProperty("total_packages").GetInt64();
            return FakeReply.Sse(OpenAiWire.TextChunks(1400, 30,
                "SEA4 handled ", total.ToString("N0", CultureInfo.InvariantCulture), " packages from Nov 9 to Nov 15, 2026."));
        });

        var answer = await _runtime.Agent.AskAsync([], "What was the volume at SEA4 last week?");

        var trace = Assert.Single(answer.ToolCalls);
        Assert.Equal(("call_vol", "volume_history", ToolCallOutcome.Ok), (trace.CallId, trace.Tool, trace.Outcome));
        using var result = JsonDocument.Parse(trace.ResultJson);
        var total = result.RootElement.GetProperty("total_packages").GetInt64();
        Assert.True(total > 0);
        Assert.Equal(("2026-11-09", "2026-11-15"), (result.RootElement.GetProperty("start").GetString(), result.RootElement.GetProperty("end").GetString()));
        Assert.Equal($"SEA4 handled {total.ToString("N0", CultureInfo.InvariantCulture)} packages from Nov 9 to Nov 15, 2026.", answer.Text);
        Assert.Equal(new TokenUsage(900 + 1400, 40 + 30), answer.Usage);
        Assert.Equal(2, answer.Rounds);
        Assert.Equal("openai · " + OpenAiWire.Model, answer.Brain);
        Assert.Equal("openai", _runtime.Agent.BrainName);

        var requests = _server.Requests;
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal("Bearer " + Key, r.Authorization));
        Assert.All(requests, r => Assert.True(r.Streams));
        Assert.Equal("system", requests[1].Messages[0].GetProperty("role").GetString());
        var tools = requests[1].Body.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("function")).ToList();
        var volume = Assert.Single(tools, t => t.GetProperty("name").GetString() == "volume_history");
        Assert.True(volume.GetProperty("parameters").GetProperty("properties").TryGetProperty("site", out _));
        Assert.True(tools.Count > 10, $"only {tools.Count} tools were offered");
        var sentCall = requests[2].Messages.EnumerateArray().Single(m => m.TryGetProperty("tool_calls", out _)).GetProperty("tool_calls")[0];
        Assert.Equal("call_vol", sentCall.GetProperty("id").GetString());
        Assert.Equal(total, OpenAiWire.ToolResult(requests[2], "call_vol").GetProperty("total_packages").GetInt64());
        Assert.All(_logs.Lines, line => Assert.DoesNotContain(Key, line));
    }

    [Fact]
    public async Task A_failing_service_ends_the_answer_with_a_brain_failure_naming_the_model_and_never_the_key()
    {
        _server.Then(FakeReply.Error(401, $"Incorrect API key provided: {Key}"));

        var failure = await Assert.ThrowsAsync<BrainFailure>(() => _runtime.Agent.AskAsync([], "What was the volume at SEA4 last week?"));

        Assert.Contains("gpt-4o-mini", failure.Message);
        Assert.DoesNotContain(Key, failure.ToString());
        Assert.All(_logs.Lines, line => Assert.DoesNotContain(Key, line));
    }

    [Fact]
    public async Task The_openai_brain_without_a_key_for_a_remote_endpoint_stops_the_start_with_the_setting_named()
    {
        if (Environment.GetEnvironmentVariable(OpenAiBrainSettings.KeyVariable) is { Length: > 0 })
        {
            return; // A key in this machine's environment would be (rightly) used.
        }

        var settings = new AssistantSettings { Database = Path.Combine(_folder, "assistant.db"), Brain = "openai" };

        var error = await Assert.ThrowsAsync<InputError>(() => AssistantRuntime.StartAsync(settings, FixedClock.Default));

        Assert.Contains("Assistant:OpenAI:ApiKey", error.Message);
    }
}
