using System.Globalization;
using Assistant.Agent.Brains;
using Assistant.Agent.Evaluation;

namespace Assistant.Agent.Tests.OpenAi;

/// <summary>
/// An evaluation suite run on the OpenAI brain (what `assistant eval --brain openai` does), with
/// the fake chat-completions server playing the model over real HTTP: one run grounded in the tool
/// result, one that states a number no tool returned. Tokens reported by the server are counted.
/// </summary>
public sealed class EvalWithOpenAiBrainTests : IAsyncLifetime
{
    private const string Suite = """
        name: openai-smoke
        today: 2026-11-22
        cases:
          - id: vol-001
            ask: "What was the volume at SEA4 last week?"
            expect:
              tools: [volume_history]
              args: {volume_history: {site: SEA4, start: "2026-11-09", end: "2026-11-15"}}
        """;

    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_suite_on_the_openai_brain_passes_a_grounded_run_fails_an_invented_number_and_counts_tokens()
    {
        // Two runs of the case (repeat 2): the first answers from the tool result, the second invents a total.
        ScriptRun(request => OpenAiWire.ToolResult(request, "call_vol").GetProperty("total_packages").GetInt64().ToString("N0", CultureInfo.InvariantCulture));
        ScriptRun(_ => "987,654,321");
        var settings = new AssistantSettings
        {
            Brain = "openai",
            OpenAI = new OpenAiBrainSettings { Endpoint = _server.Endpoint.ToString(), Model = "gpt-4o-mini", ApiKey = "sk-eval-test", RetryDelaySeconds = 0.05 },
        };

        var report = await EvalSession.RunAsync([EvalSuiteReader.ReadText(Suite, "openai-smoke.yaml")], settings, useDatabase: false, repeat: 2);

        var result = Assert.Single(report.Cases);
        Assert.StartsWith("openai", report.Brain, StringComparison.Ordinal);
        Assert.Equal(2, result.Runs.Count);
        Assert.True(result.Runs[0].Passed, result.Runs[0].FailureReason);
        Assert.False(result.Runs[1].Passed);
        Assert.Contains("987,654,321", result.Runs[1].FailureReason, StringComparison.Ordinal);
        Assert.False(result.Passed);   // pass^2 needs both runs
        Assert.Equal(0, report.Metrics.PassPowK);
        Assert.Equal(0.5, report.Metrics.PassAt1);
        Assert.Equal(2, report.Metrics.ToolSelection.Passed);
        Assert.Equal(1, report.Metrics.Groundedness.Passed);
        Assert.Equal(2 * (900 + 1400), report.Metrics.InputTokens);
        Assert.Equal(2 * (40 + 30), report.Metrics.OutputTokens);
    }

    /// <summary>One run: the model asks for volume_history, then answers with the total it is given.</summary>
    private void ScriptRun(Func<RecordedRequest, string> total)
    {
        _server.Then(FakeReply.Sse(
        [
            OpenAiWire.ToolCallStart(0, "call_vol", "volume_history"),
            OpenAiWire.ToolCallArguments(0, """{"site": "SEA4", "start": "2026-11-09", "end": "2026-11-15"}"""),
            OpenAiWire.Finish("tool_calls"),
            OpenAiWire.UsageChunk(900, 40),
        ]));
        _server.Then(request => FakeReply.Sse(OpenAiWire.TextChunks(1400, 30,
            "SEA4 handled ", total(request), " packages from Nov 9 to Nov 15, 2026.")));
    }
}
