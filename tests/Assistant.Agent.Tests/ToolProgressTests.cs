using System.Text.Json;
using Assistant.Agent.Loop;
using Assistant.Plugins;
using Microsoft.Extensions.AI;

namespace Assistant.Agent.Tests;

/// <summary>A slow tool's notes on how far it has got reach the answer stream while it runs, in order, between its start and its end.</summary>
public sealed class ToolProgressTests
{
    [Fact]
    public async Task Notes_a_tool_reports_while_it_runs_are_streamed_between_its_start_and_finish()
    {
        var tools = new ToolBox(
        [
            AIFunctionFactory.Create(async (CancellationToken ct) =>
            {
                foreach (var percent in new[] { 0, 40, 80 })
                {
                    ToolProgress.Report($"{percent}% done");
                    await Task.Delay(20, ct);
                }

                return "ready";
            }, "prepare", "Takes a moment."),
        ]);
        var brain = new ScriptedBrain(
            _ => ScriptedBrain.Calls(new FunctionCallContent("c1", "prepare", new Dictionary<string, object?>())),
            _ => ScriptedBrain.Says("done"));
        var agent = new PlanningAgent(brain, tools, "system", new AgentOptions { ToolTimeout = TimeSpan.FromSeconds(30) });

        var updates = new List<AgentUpdate>();
        await foreach (var update in agent.StreamAsync([], "go"))
        {
            updates.Add(update);
        }

        var toolUpdates = updates.Where(u => u is ToolCallStarted or ToolCallProgress or ToolCallFinished).ToList();
        Assert.IsType<ToolCallStarted>(toolUpdates[0]);
        Assert.Equal(
            [new ToolCallProgress("c1", "prepare", "0% done"), new ToolCallProgress("c1", "prepare", "40% done"), new ToolCallProgress("c1", "prepare", "80% done")],
            toolUpdates.OfType<ToolCallProgress>());
        Assert.IsType<ToolCallFinished>(toolUpdates[^1]);
        Assert.Equal(5, toolUpdates.Count);
        Assert.Equal(ToolCallOutcome.Ok, Assert.IsType<AnswerCompleted>(updates[^1]).Answer.ToolCalls.Single().Outcome);
    }

    [Fact]
    public void A_report_with_nobody_listening_goes_nowhere()
    {
        ToolProgress.Report("nobody hears this");

        var heard = new List<string>();
        using (ToolProgress.Listen(heard.Add))
        {
            ToolProgress.Report("heard");
        }

        ToolProgress.Report("after the scope");
        Assert.Equal(["heard"], heard);
    }
}
