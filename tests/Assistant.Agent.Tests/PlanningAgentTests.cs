using System.Text.Json;
using Assistant.Agent.Loop;
using Assistant.Core;
using Microsoft.Extensions.AI;

namespace Assistant.Agent.Tests;

/// <summary>The agent loop against a scripted brain and small real tools.</summary>
public sealed class PlanningAgentTests
{
    private static readonly AgentOptions Options = new() { MaxToolRounds = 3, ToolTimeout = TimeSpan.FromMilliseconds(300) };

    private static ToolBox Tools() => new(
    [
        AIFunctionFactory.Create((int a, int b) => a + b, "add", "Adds two numbers."),
        AIFunctionFactory.Create((string site) => site == "SEA4" ? "ok" : throw new InputError($"There is no site '{site}'."), "check_site", "Checks a site."),
        AIFunctionFactory.Create(string () => throw new InvalidOperationException("connection string secret=hunter2 at line 42"), "broken", "Always fails."),
        AIFunctionFactory.Create(async (CancellationToken ct) => { await Task.Delay(TimeSpan.FromSeconds(30), ct); return "late"; }, "slow", "Takes too long."),
    ]);

    private static FunctionCallContent Call(string id, string name, object? args = null) =>
        new(id, name, args is null ? new Dictionary<string, object?>() : JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(args)));

    [Fact]
    public async Task A_tool_result_goes_back_to_the_brain_and_the_trace_records_the_call()
    {
        var brain = new ScriptedBrain(
            _ => ScriptedBrain.Calls(Call("c1", "add", new { a = 2, b = 40 })),
            seen => ScriptedBrain.Says($"The sum is {seen[^1].Contents.OfType<FunctionResultContent>().Single().Result}."));
        var answer = await new PlanningAgent(brain, Tools(), "system", Options).AskAsync([], "add them");

        Assert.Equal("The sum is 42.", answer.Text);
        var trace = Assert.Single(answer.ToolCalls);
        Assert.Equal(("add", ToolCallOutcome.Ok, "42"), (trace.Tool, trace.Outcome, trace.ResultJson));
        Assert.Contains("\"a\":2", trace.ArgumentsJson);
        Assert.True(trace.DurationMs >= 0);
        Assert.Equal(2, answer.Rounds);
        Assert.Equal("scripted", answer.Brain);
        Assert.Equal(ChatRole.System, brain.Seen[0][0].Role);
    }

    [Fact]
    public async Task Token_usage_is_summed_over_rounds()
    {
        var brain = new ScriptedBrain(_ => ScriptedBrain.Calls(Call("c1", "add", new { a = 1, b = 1 })), _ => ScriptedBrain.Says("2"));
        var answer = await new PlanningAgent(brain, Tools(), "system", Options).AskAsync([], "q");
        Assert.Equal(new TokenUsage(150, 15), answer.Usage);
        Assert.Equal(165, answer.Usage.TotalTokens);
    }

    [Fact]
    public async Task A_user_caused_tool_error_reaches_the_brain_with_its_message()
    {
        var brain = new ScriptedBrain(_ => ScriptedBrain.Calls(Call("c1", "check_site", new { site = "XYZ9" })), _ => ScriptedBrain.Says("done"));
        var answer = await new PlanningAgent(brain, Tools(), "system", Options).AskAsync([], "q");

        var trace = Assert.Single(answer.ToolCalls);
        Assert.Equal(ToolCallOutcome.InputError, trace.Outcome);
        Assert.Equal("""{"error":"There is no site 'XYZ9'."}""", trace.ResultJson);
        var sent = brain.Seen[1][^1].Contents.OfType<FunctionResultContent>().Single();
        Assert.Contains("There is no site 'XYZ9'.", sent.Result!.ToString());
    }

    [Fact]
    public async Task An_internal_tool_error_does_not_leak_its_details()
    {
        var brain = new ScriptedBrain(_ => ScriptedBrain.Calls(Call("c1", "broken")), _ => ScriptedBrain.Says("sorry"));
        var answer = await new PlanningAgent(brain, Tools(), "system", Options).AskAsync([], "q");

        var trace = Assert.Single(answer.ToolCalls);
        Assert.Equal(ToolCallOutcome.InternalError, trace.Outcome);
        Assert.DoesNotContain("hunter2", trace.ResultJson);
        Assert.DoesNotContain("at line", trace.ResultJson);
        Assert.Contains("internal error", trace.ResultJson);
    }

    [Fact]
    public async Task An_unknown_tool_gets_a_not_found_result_naming_the_tools_there_are()
    {
        var brain = new ScriptedBrain(_ => ScriptedBrain.Calls(Call("c1", "launch_rocket")), _ => ScriptedBrain.Says("ok"));
        var answer = await new PlanningAgent(brain, Tools(), "system", Options).AskAsync([], "q");

        var trace = Assert.Single(answer.ToolCalls);
        Assert.Equal(ToolCallOutcome.UnknownTool, trace.Outcome);
        Assert.Contains("no tool named 'launch_rocket'", trace.ResultJson);
        Assert.Contains("add", trace.ResultJson);
        Assert.Equal("ok", answer.Text);
    }

    [Fact]
    public async Task Missing_arguments_are_reported_to_the_brain_as_an_input_error()
    {
        var brain = new ScriptedBrain(_ => ScriptedBrain.Calls(Call("c1", "add", new { a = 1 })), _ => ScriptedBrain.Says("ok"));
        var answer = await new PlanningAgent(brain, Tools(), "system", Options).AskAsync([], "q");
        var trace = Assert.Single(answer.ToolCalls);
        Assert.Equal(ToolCallOutcome.InputError, trace.Outcome);
        Assert.Contains("b", trace.ResultJson);
    }

    [Fact]
    public async Task A_tool_that_runs_too_long_is_stopped_and_reported()
    {
        var brain = new ScriptedBrain(_ => ScriptedBrain.Calls(Call("c1", "slow")), _ => ScriptedBrain.Says("gave up"));
        var answer = await new PlanningAgent(brain, Tools(), "system", Options).AskAsync([], "q");
        var trace = Assert.Single(answer.ToolCalls);
        Assert.Equal(ToolCallOutcome.TimedOut, trace.Outcome);
        Assert.True(trace.DurationMs < 10_000);
    }

    [Fact]
    public async Task A_brain_that_never_stops_calling_tools_is_stopped_at_the_round_limit()
    {
        var round = 0;
        var brain = new ScriptedBrain(_ => ScriptedBrain.Calls(Call($"c{++round}", "add", new { a = 1, b = 2 })));
        var answer = await new PlanningAgent(brain, Tools(), "system", Options).AskAsync([], "loop forever");

        Assert.True(answer.StoppedAtRoundLimit);
        Assert.Equal(Options.MaxToolRounds, answer.ToolCalls.Count);
        Assert.Contains("I stopped after 3 rounds", answer.Text);
    }

    [Fact]
    public async Task Cancellation_stops_the_loop()
    {
        using var cancel = new CancellationTokenSource();
        var brain = new ScriptedBrain(_ =>
        {
            cancel.Cancel();
            return ScriptedBrain.Calls(Call("c1", "slow"));
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new PlanningAgent(brain, Tools(), "system", Options).AskAsync([], "q", cancel.Token));
    }

    [Fact]
    public async Task Streaming_reports_tool_calls_then_text_then_the_whole_answer()
    {
        var brain = new ScriptedBrain(_ => ScriptedBrain.Calls(Call("c1", "add", new { a = 1, b = 2 })), _ => ScriptedBrain.Says("three"));
        var updates = new List<AgentUpdate>();
        await foreach (var update in new PlanningAgent(brain, Tools(), "system", Options).StreamAsync([], "q"))
        {
            updates.Add(update);
        }

        Assert.IsType<ToolCallStarted>(updates[0]);
        Assert.IsType<ToolCallFinished>(updates[1]);
        Assert.Equal("three", Assert.IsType<AnswerTextDelta>(updates[2]).Text);
        Assert.Equal("three", Assert.IsType<AnswerCompleted>(updates[^1]).Answer.Text);
    }

    [Fact]
    public void Two_tools_with_one_name_are_refused()
    {
        var add = AIFunctionFactory.Create((int a) => a, "same");
        Assert.Throws<ArgumentException>(() => new ToolBox([add, add]));
    }
}
