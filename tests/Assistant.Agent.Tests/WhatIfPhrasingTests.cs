using System.Text.Json;
using Assistant.Agent.Loop;
using Microsoft.Extensions.AI;

namespace Assistant.Agent.Tests;

/// <summary>
/// The offline brain on what-if, why and plan questions, through the real agent loop and the
/// real solver: on the example network file (three-region.json: FC1-FC3, SC1-SC3, DS1-DS6,
/// classes standard and oversize) and on the demo network in the store. Each case pins the
/// changes the brain asks for (kind, sites, factor or value) and that the answer states the new
/// total cost or why there is none.
/// </summary>
public sealed class WhatIfPhrasingTests(DemoAssistant demo) : IClassFixture<DemoAssistant>
{
    private const string File = "three-region.json";

    public static TheoryData<string, string> OnTheNetworkFile => new()
    {
        // Demand
        { "What happens if demand at DS1 grows 20%?", """[{"kind":"scale_demand","site":"DS1","factor":1.2}]""" },
        { "What if DS1 demand increases by 20 percent?", """[{"kind":"scale_demand","site":"DS1","factor":1.2}]""" },
        { "what if demand at DS2 drops 10%", """[{"kind":"scale_demand","site":"DS2","factor":0.9}]""" },
        { "Suppose DS3's demand falls by 25%", """[{"kind":"scale_demand","site":"DS3","factor":0.75}]""" },
        { "What if demand doubles?", """[{"kind":"scale_demand","factor":2}]""" },
        { "What if all demand rises 5%?", """[{"kind":"scale_demand","factor":1.05}]""" },
        { "What if oversize demand at DS2 rises 15%?", """[{"kind":"scale_demand","site":"DS2","class":"oversize","factor":1.15}]""" },
        { "what if standard demand at DS4 halves", """[{"kind":"scale_demand","site":"DS4","class":"standard","factor":0.5}]""" },
        { "What if demand at DS1 and DS2 grows 10%?", """[{"kind":"scale_demand","site":"DS1","factor":1.1},{"kind":"scale_demand","site":"DS2","factor":1.1}]""" },
        { "What if DS5 needs 30% more?", """[{"kind":"scale_demand","site":"DS5","factor":1.3}]""" },
        { "imagine demand at DS6 is 50% higher", """[{"kind":"scale_demand","site":"DS6","factor":1.5}]""" },
        { "What if DS1 demand goes to 50?", """[{"kind":"set_demand","site":"DS1","value":50}]""" },
        { "what if DS2 demand increases by 10 units", """[{"kind":"add_demand","site":"DS2","value":10}]""" },
        { "What if oversize demand everywhere grows 30%?", """[{"kind":"scale_demand","class":"oversize","factor":1.3}]""" },
        { "What if demand at DS3 triples?", """[{"kind":"scale_demand","site":"DS3","factor":3}]""" },
        { "What if DS4 demand drops to 80%?", """[{"kind":"scale_demand","site":"DS4","factor":0.8}]""" },
        { "what if there is a 20% surge in demand at DS1", """[{"kind":"scale_demand","site":"DS1","factor":1.2}]""" },
        { "How would total cost change if demand at DS5 fell 12%?", """[{"kind":"scale_demand","site":"DS5","factor":0.88}]""" },
        { "If oversize volume at DS6 goes up 40%, what happens?", """[{"kind":"scale_demand","site":"DS6","class":"oversize","factor":1.4}]""" },
        { "what if DS2 orders shrink by a third", """[{"kind":"scale_demand","site":"DS2"}]""" },
        { "What if demand at DS3 is cut in half?", """[{"kind":"scale_demand","site":"DS3","factor":0.5}]""" },
        { "Assume standard demand grows 8% across the network", """[{"kind":"scale_demand","class":"standard","factor":1.08}]""" },
        { "what would happen if DS4 demand went up 25%", """[{"kind":"scale_demand","site":"DS4","factor":1.25}]""" },
        { "What if DS5 demand decreases 20%?", """[{"kind":"scale_demand","site":"DS5","factor":0.8}]""" },
        { "What if DS1 demand grows by 5 units?", """[{"kind":"add_demand","site":"DS1","value":5}]""" },

        // Capacity of origins, hubs and lanes
        { "What if FC1 can only supply half as much?", """[{"kind":"scale_capacity","site":"FC1","factor":0.5}]""" },
        { "What if FC2's capacity drops to 100?", """[{"kind":"set_capacity","site":"FC2","value":100}]""" },
        { "What if SC1 capacity is cut by 30%?", """[{"kind":"scale_capacity","site":"SC1","factor":0.7}]""" },
        { "What if we add 20% capacity at SC2?", """[{"kind":"scale_capacity","site":"SC2","factor":1.2}]""" },
        { "What if SC3 can handle 500?", """[{"kind":"set_capacity","site":"SC3","value":500}]""" },
        { "What if FC1 loses 40 units of capacity?", """[{"kind":"add_capacity","site":"FC1","value":-40}]""" },
        { "What if SC2 capacity doubles?", """[{"kind":"scale_capacity","site":"SC2","factor":2}]""" },
        { "What if FC2 can ship 25% less?", """[{"kind":"scale_capacity","site":"FC2","factor":0.75}]""" },
        { "What if SC1 and SC2 each lose 10% of their capacity?", """[{"kind":"scale_capacity","site":"SC1","factor":0.9},{"kind":"scale_capacity","site":"SC2","factor":0.9}]""" },
        { "What if the lane from SC1 to DS1 can only carry 200?", """[{"kind":"set_capacity","site":"SC1","to":"DS1","value":200}]""" },
        { "What if lane FC1-SC1 capacity is halved?", """[{"kind":"scale_capacity","site":"FC1","to":"SC1","factor":0.5}]""" },
        { "What if SC3 capacity is set to 400 units?", """[{"kind":"set_capacity","site":"SC3","value":400}]""" },
        { "What if FC3 supply falls 20%?", """[{"kind":"scale_capacity","site":"FC3","factor":0.8}]""" },
        { "suppose SC2 can process 15% more", """[{"kind":"scale_capacity","site":"SC2","factor":1.15}]""" },
        { "What if FC1 capacity goes up by 30 units?", """[{"kind":"add_capacity","site":"FC1","value":30}]""" },
        { "what if SC1's throughput limit is 250", """[{"kind":"set_capacity","site":"SC1","value":250}]""" },
        { "What if FC2 produces twice as much?", """[{"kind":"scale_capacity","site":"FC2","factor":2}]""" },

        // Lane costs
        { "The per-unit cost from FC2 to SC1 is now 7; how does that affect total cost?", """[{"kind":"set_cost","site":"FC2","to":"SC1","value":7}]""" },
        { "What if shipping from FC1 to SC2 costs 10% more?", """[{"kind":"scale_cost","site":"FC1","to":"SC2","factor":1.1}]""" },
        { "What if the FC3 to SC3 rate goes up by 2?", """[{"kind":"add_cost","site":"FC3","to":"SC3","value":2}]""" },
        { "What if the cost of lane SC1-DS1 drops to 1.5?", """[{"kind":"set_cost","site":"SC1","to":"DS1","value":1.5}]""" },
        { "What if FC1 to SC1 becomes 20% cheaper?", """[{"kind":"scale_cost","site":"FC1","to":"SC1","factor":0.8}]""" },
        { "Suppose lane costs from FC2 to SC3 double", """[{"kind":"scale_cost","site":"FC2","to":"SC3","factor":2}]""" },
        { "What if it costs 9 per unit to ship from FC1 to SC3?", """[{"kind":"set_cost","site":"FC1","to":"SC3","value":9}]""" },
        { "if the price from FC3 to SC2 rises 50%, what happens to total cost?", """[{"kind":"scale_cost","site":"FC3","to":"SC2","factor":1.5}]""" },
        { "What if the per-unit cost on FC2 to SC2 falls by 1?", """[{"kind":"add_cost","site":"FC2","to":"SC2","value":-1}]""" },

        // Closing sites and lanes
        { "What if we close SC2?", """[{"kind":"close","site":"SC2"}]""" },
        { "What if SC1 shuts down?", """[{"kind":"close","site":"SC1"}]""" },
        { "What happens if FC3 goes offline?", """[{"kind":"close","site":"FC3"}]""" },
        { "What if the lane from FC1 to SC1 is closed?", """[{"kind":"close","site":"FC1","to":"SC1"}]""" },
        { "What if we lose SC3?", """[{"kind":"close","site":"SC3"}]""" },
        { "What if SC1 and SC2 close?", """[{"kind":"close","site":"SC1"},{"kind":"close","site":"SC2"}]""" },
        { "What if FC2 is out of service?", """[{"kind":"close","site":"FC2"}]""" },
        { "suppose SC3 is decommissioned", """[{"kind":"close","site":"SC3"}]""" },
        { "what if the FC2 to SC2 lane shuts", """[{"kind":"close","site":"FC2","to":"SC2"}]""" },

        // Who may serve whom
        { "Suppose SC1 can no longer serve DS1", """[{"kind":"forbid","site":"SC1","sites":["DS1"]}]""" },
        { "What if DS2 can't buy from SC1?", """[{"kind":"forbid","site":"DS2","sites":["SC1"]}]""" },
        { "What if FC1 can no longer ship to SC2?", """[{"kind":"forbid","site":"FC1","sites":["SC2"]}]""" },
        { "What if SC2 can only serve DS3, and DS3 only buy from SC2?", """[{"kind":"exclusive","site":"SC2","to":"DS3"}]""" },
        { "What if SC1 serves only DS1?", """[{"kind":"serve_only","site":"SC1","sites":["DS1"]}]""" },
        { "What if DS2 only buys from SC1?", """[{"kind":"buy_only","site":"DS2","sites":["SC1"]}]""" },
        { "What if SC3 and DS6 serve only each other?", """[{"kind":"exclusive","site":"SC3","to":"DS6"}]""" },
        { "What if DS4 is only served by SC2?", """[{"kind":"buy_only","site":"DS4","sites":["SC2"]}]""" },

        // Several changes at once
        { "What if demand at DS1 grows 20% and SC2 closes?", """[{"kind":"scale_demand","site":"DS1","factor":1.2},{"kind":"close","site":"SC2"}]""" },
        { "What if FC1 can only supply half as much and the cost from FC2 to SC1 rises to 8?", """[{"kind":"scale_capacity","site":"FC1","factor":0.5},{"kind":"set_cost","site":"FC2","to":"SC1","value":8}]""" },
        { "what if oversize demand at DS2 rises 15% while SC1 capacity drops 10%", """[{"kind":"scale_demand","site":"DS2","class":"oversize","factor":1.15},{"kind":"scale_capacity","site":"SC1","factor":0.9}]""" },
    };

    [Theory]
    [MemberData(nameof(OnTheNetworkFile))]
    public async Task A_what_if_on_a_network_file_asks_for_the_right_changes_and_states_the_new_cost(string question, string changes)
    {
        var answer = await Ask(File, question);
        var call = AssertChanges(answer, changes);
        Assert.Equal(File, Arguments(call).GetProperty("network").GetString());
        AssertStatesTheCost(answer);
    }

    public static TheoryData<string, string> OnTheStore => new()
    {
        { "What if demand at GEG1 grows 20%?", """[{"kind":"scale_demand","site":"GEG1","factor":1.2}]""" },
        { "What if SEA4 closes?", """[{"kind":"close","site":"SEA4"}]""" },
        { "What if SEA4 can only handle half as much?", """[{"kind":"scale_capacity","site":"SEA4","factor":0.5}]""" },
        { "What if demand in the West region rises 10%?", """[{"kind":"scale_demand","region":"WEST","factor":1.1}]""" },
        { "What if the cost from ONT8 to SEA4 is now 0.9 per package?", """[{"kind":"set_cost","site":"ONT8","to":"SEA4","value":0.9}]""" },
        { "What if ONT8 can ship 20% less?", """[{"kind":"scale_capacity","site":"ONT8","factor":0.8}]""" },
        { "What if network demand grows 15%?", """[{"kind":"scale_demand","factor":1.15}]""" },
        { "What if Seattle shuts down and demand at Spokane rises 10%?", """[{"kind":"close","site":"SEA4"},{"kind":"scale_demand","site":"GEG1","factor":1.1}]""" },
    };

    [Theory]
    [MemberData(nameof(OnTheStore))]
    public async Task A_what_if_on_the_store_network_asks_for_the_right_changes_and_states_the_new_cost(string question, string changes)
    {
        var answer = await Ask(null, question);
        var call = AssertChanges(answer, changes);
        Assert.False(Arguments(call).TryGetProperty("network", out _));
        AssertStatesTheCost(answer);
    }

    public static TheoryData<string[], string> FollowUps => new()
    {
        { ["What if demand at DS1 grows 20%?", "and if it grows 30%?"], """[{"kind":"scale_demand","site":"DS1","factor":1.3}]""" },
        { ["What if demand at DS1 grows 20%?", "what about DS2?"], """[{"kind":"scale_demand","site":"DS2","factor":1.2}]""" },
        { ["What if SC2 closes?", "and SC3?"], """[{"kind":"close","site":"SC3"}]""" },
    };

    [Theory]
    [MemberData(nameof(FollowUps))]
    public async Task A_what_if_follow_up_keeps_the_change_and_takes_what_is_new(string[] turns, string changes)
    {
        var answer = await Ask(File, turns);
        AssertChanges(answer, changes);
        AssertStatesTheCost(answer);
    }

    public static TheoryData<string?, string, string, string> PlansAndWhy => new()
    {
        { File, "Why are we using FC3 for SC1?", "explain_plan", """{"site":"FC3","to":"SC1"}""" },
        { File, "Why does the plan use SC2?", "explain_plan", """{"site":"SC2"}""" },
        { File, "What limits the plan?", "explain_plan", "{}" },
        { File, "Which capacities are binding?", "explain_plan", "{}" },
        { File, "Why does DS1 get its packages from SC1?", "explain_plan", """{"site":"DS1","to":"SC1"}""" },
        { File, "What is the cheapest way to serve demand?", "plan_network", "{}" },
        { File, "Optimize the network", "plan_network", "{}" },
        { File, "Can we handle the demand?", "plan_network", "{}" },
        { null, "Why are we using ONT8 for SEA4?", "explain_plan", """{"site":"ONT8","to":"SEA4"}""" },
        { null, "What is the cheapest plan for last week?", "plan_network", """{"start":"2026-11-09","end":"2026-11-15"}""" },
        { null, "How many trucks does SEA4 need next week?", "truck_plan", """{"site":"SEA4","start":"2026-11-23","end":"2026-11-29"}""" },
        { null, "Truck plan for lane SEA4-GEG1 next week", "truck_plan", """{"lane":"SEA4-GEG1","start":"2026-11-23"}""" },
        { null, "How many trucks should we have sent from ONT8 last week?", "truck_plan", """{"site":"ONT8","start":"2026-11-09","end":"2026-11-15"}""" },
        { null, "Labor plan for PDX2 next week", "labor_plan", """{"site":"PDX2","start":"2026-11-23","end":"2026-11-29"}""" },
        { null, "How many people does SEA4 need per shift tomorrow?", "labor_plan", """{"site":"SEA4","start":"2026-11-23","end":"2026-11-23"}""" },
        { null, "How many people does PDX2 need on Black Friday?", "labor_plan", """{"site":"PDX2","start":"2026-11-27","end":"2026-11-27"}""" },
        { null, "Staffing plan for BFI3 last week", "labor_plan", """{"site":"BFI3","start":"2026-11-09","end":"2026-11-15"}""" },
    };

    [Theory]
    [MemberData(nameof(PlansAndWhy))]
    public async Task A_plan_or_why_question_calls_the_plan_tools(string? network, string question, string tool, string expected)
    {
        var answer = await Ask(network, question);
        var call = Assert.Single(answer.ToolCalls);
        Assert.Equal(tool, call.Tool);
        Assert.True(call.Outcome == ToolCallOutcome.Ok, call.ResultJson);
        var actual = Arguments(call);
        foreach (var property in JsonDocument.Parse(expected).RootElement.EnumerateObject())
        {
            Assert.True(actual.TryGetProperty(property.Name, out var value), $"{tool} was called without {property.Name}: {call.ArgumentsJson}");
            Assert.Equal(property.Value.ToString(), value.ToString(), ignoreCase: true);
        }

        AssertGrounded(answer);
    }

    private async Task<AgentAnswer> Ask(string? network, params string[] turns)
    {
        var history = new List<ChatMessage>();
        AgentAnswer? answer = null;
        foreach (var turn in turns)
        {
            answer = await demo.Runtime.Agent.AskAsync(history, turn, network: network);
            history.Add(new ChatMessage(ChatRole.User, turn));
            history.Add(new ChatMessage(ChatRole.Assistant, answer.Text));
        }

        return answer!;
    }

    private static ToolCallTrace AssertChanges(AgentAnswer answer, string expectedChanges)
    {
        var call = Assert.Single(answer.ToolCalls);
        Assert.Equal("what_if", call.Tool);
        Assert.True(call.Outcome == ToolCallOutcome.Ok, $"{call.ArgumentsJson} → {call.ResultJson}");
        var actual = Arguments(call).GetProperty("changes").EnumerateArray().ToList();
        var expected = JsonDocument.Parse(expectedChanges).RootElement.EnumerateArray().ToList();
        Assert.True(expected.Count == actual.Count, $"Expected {expected.Count} changes, got {call.ArgumentsJson}");
        for (var i = 0; i < expected.Count; i++)
        {
            foreach (var property in expected[i].EnumerateObject())
            {
                Assert.True(actual[i].TryGetProperty(property.Name, out var value), $"Change {i + 1} has no {property.Name}: {call.ArgumentsJson}");
                if (property.Value.ValueKind == JsonValueKind.Number)
                {
                    Assert.Equal(property.Value.GetDouble(), value.GetDouble(), 6);
                }
                else
                {
                    Assert.Equal(property.Value.ToString(), value.ToString(), ignoreCase: true);
                }
            }
        }

        return call;
    }

    private static void AssertStatesTheCost(AgentAnswer answer)
    {
        Assert.True(
            answer.Text.Contains("total cost would be", StringComparison.Ordinal) || answer.Text.Contains("no feasible plan", StringComparison.Ordinal),
            answer.Text);
        AssertGrounded(answer);
    }

    private static void AssertGrounded(AgentAnswer answer)
    {
        var ungrounded = Grounding.NumberGrounding.UngroundedNumbers(answer.Text, answer.ToolCalls.Select(c => c.ResultJson));
        Assert.True(ungrounded.Count == 0, $"Numbers no tool returned: {string.Join(", ", ungrounded)} in: {answer.Text}");
    }

    private static JsonElement Arguments(ToolCallTrace call) => JsonDocument.Parse(call.ArgumentsJson).RootElement;
}
