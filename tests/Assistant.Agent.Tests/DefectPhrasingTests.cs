using System.Text.Json;
using Assistant.Agent.Loop;

namespace Assistant.Agent.Tests;

/// <summary>
/// The offline brain on defect questions (what is going wrong, why, which lanes are at risk),
/// through the real agent loop on the demo network. Today is Sunday 2026-11-22: yesterday is
/// 2026-11-21, last week 2026-11-09 to 2026-11-15. Each case pins the tool and a subset of its
/// arguments, and that the call succeeded.
/// </summary>
public sealed class DefectPhrasingTests(DemoAssistant demo) : IClassFixture<DemoAssistant>
{
    public static TheoryData<string, string, string> Questions => new()
    {
        // Anomalies
        { "any anomalies at SEA4 last week?", "detect_anomalies", """{"site":"SEA4","start":"2026-11-09","end":"2026-11-15"}""" },
        { "Any anomalies at BFI3 yesterday?", "detect_anomalies", """{"site":"BFI3","start":"2026-11-21","end":"2026-11-21"}""" },
        { "Was anything unusual in the network yesterday?", "detect_anomalies", """{"start":"2026-11-21","end":"2026-11-21"}""" },
        { "What is going wrong in the West region?", "detect_anomalies", """{"region":"WEST"}""" },
        { "Any problems on lane SEA4-GEG1 last week?", "detect_anomalies", """{"lane":"SEA4-GEG1","start":"2026-11-09"}""" },
        { "Find spikes in missort rate at BFI3 over the last month", "detect_anomalies", """{"site":"BFI3","metric":"missort_rate"}""" },
        { "anything odd at PDX2 in October?", "detect_anomalies", """{"site":"PDX2","start":"2026-10-01","end":"2026-10-31"}""" },
        { "Were there any unusual late departures at ORD2 last week?", "detect_anomalies", """{"site":"ORD2","metric":"late_departures","start":"2026-11-09"}""" },
        { "Show me anomalies in dwell time at PHL5 this month", "detect_anomalies", """{"site":"PHL5","metric":"dwell_hours","start":"2026-11-01"}""" },
        { "Did SJC4 have any abnormal volume in the last 30 days?", "detect_anomalies", """{"site":"SJC4","metric":"packages","start":"2026-10-23","end":"2026-11-21"}""" },
        { "Is anything going wrong at DEN3?", "detect_anomalies", """{"site":"DEN3"}""" },
        { "any incidents in the East region last month?", "detect_anomalies", """{"region":"EAST","start":"2026-10-01","end":"2026-10-31"}""" },
        { "Check the network for outliers in the past 2 weeks", "detect_anomalies", """{"start":"2026-11-08","end":"2026-11-21"}""" },
        { "Were there any volume spikes at OAK5 last week?", "detect_anomalies", """{"site":"OAK5","metric":"packages","start":"2026-11-09"}""" },
        { "What went wrong yesterday?", "detect_anomalies", """{"start":"2026-11-21","end":"2026-11-21"}""" },
        { "Any red flags at MSP5 this week?", "detect_anomalies", """{"site":"MSP5"}""" },
        { "detect anomalies in missorts across the network last month", "detect_anomalies", """{"metric":"missort_rate","start":"2026-10-01"}""" },
        { "Did anything strange happen at PDX2 in the last 60 days?", "detect_anomalies", """{"site":"PDX2","start":"2026-09-23","end":"2026-11-21"}""" },
        { "Has lane ORD2-MKE1 had any issues lately?", "detect_anomalies", """{"lane":"ORD2-MKE1"}""" },
        { "any weird dwell numbers at BFI3 last week", "detect_anomalies", """{"site":"BFI3","metric":"dwell_hours"}""" },
        { "Were there unexpected drops in volume at SEA4 in October?", "detect_anomalies", """{"site":"SEA4","metric":"packages","start":"2026-10-01"}""" },
        { "Flag any unusual days at ORD2 in November", "detect_anomalies", """{"site":"ORD2","start":"2026-11-01"}""" },
        { "Any problems in the Central region yesterday?", "detect_anomalies", """{"region":"CENTRAL","start":"2026-11-21"}""" },
        { "anomaly check for PHL5 over the last 90 days", "detect_anomalies", """{"site":"PHL5"}""" },
        { "Is there anything abnormal in late departures network-wide last week?", "detect_anomalies", """{"metric":"late_departures","start":"2026-11-09"}""" },
        { "What issues did SJC4 have last month?", "detect_anomalies", """{"site":"SJC4","start":"2026-10-01"}""" },

        // Why (root cause)
        { "why did missorts jump at BFI3 yesterday?", "explain_defect", """{"site":"BFI3","metric":"missort_rate","start":"2026-11-21","end":"2026-11-21"}""" },
        { "What caused the late departures at ORD2 last week?", "explain_defect", """{"site":"ORD2","metric":"late_departures","start":"2026-11-09"}""" },
        { "Why was volume so low at PDX2 on Tuesday?", "explain_defect", """{"site":"PDX2","metric":"packages"}""" },
        { "Root cause of the dwell spike at PHL5", "explain_defect", """{"site":"PHL5","metric":"dwell_hours"}""" },
        { "What happened at SJC4 last month?", "explain_defect", """{"site":"SJC4","start":"2026-10-01","end":"2026-10-31"}""" },
        { "Why did SJC4's volume surge in October?", "explain_defect", """{"site":"SJC4","metric":"packages","start":"2026-10-01"}""" },
        { "Why were so many trucks late at ORD2 last week?", "explain_defect", """{"site":"ORD2","metric":"late_departures"}""" },
        { "why is the missort rate at BFI3 so high this month", "explain_defect", """{"site":"BFI3","metric":"missort_rate","start":"2026-11-01"}""" },
        { "explain the spike in dwell at PHL5 in October", "explain_defect", """{"site":"PHL5","metric":"dwell_hours","start":"2026-10-01"}""" },
        { "What drove the drop in volume at PDX2 in October?", "explain_defect", """{"site":"PDX2","metric":"packages","start":"2026-10-01"}""" },
        { "why did PDX2 volume fall on Oct 7?", "explain_defect", """{"site":"PDX2","metric":"packages","start":"2026-10-07","end":"2026-10-07"}""" },
        { "Why did late departures rise at ORD2?", "explain_defect", """{"site":"ORD2","metric":"late_departures"}""" },
        { "What is behind the missort increase at BFI3?", "explain_defect", """{"site":"BFI3","metric":"missort_rate"}""" },
        { "Why was dwell so bad at PHL5 last month?", "explain_defect", """{"site":"PHL5","metric":"dwell_hours","start":"2026-10-01"}""" },
        { "what went wrong at ORD2 last week", "explain_defect", """{"site":"ORD2","start":"2026-11-09"}""" },
        { "Why did BFI3 have more missorts than usual?", "explain_defect", """{"site":"BFI3","metric":"missort_rate"}""" },
        { "reason for the volume spike at SJC4?", "explain_defect", """{"site":"SJC4","metric":"packages"}""" },
        { "Why did the number of packages at PDX2 crash?", "explain_defect", """{"site":"PDX2","metric":"packages"}""" },
        { "What caused PHL5's dwell to go up?", "explain_defect", """{"site":"PHL5","metric":"dwell_hours"}""" },
        { "Why were missorts higher at BFI3 in November?", "explain_defect", """{"site":"BFI3","metric":"missort_rate","start":"2026-11-01"}""" },

        // Lanes at risk
        { "which lanes are at risk of late departures this week?", "lanes_at_risk", """{}""" },
        { "What lanes out of ORD2 are likely to run late in the next 3 days?", "lanes_at_risk", """{"site":"ORD2","end":"2026-11-24"}""" },
        { "Riskiest lanes in the East region next week", "lanes_at_risk", """{"region":"EAST","start":"2026-11-23","end":"2026-11-29"}""" },
        { "Which lanes should we watch this week?", "lanes_at_risk", """{}""" },
        { "lanes at risk at SEA4", "lanes_at_risk", """{"site":"SEA4"}""" },
        { "Which trucks are at risk of leaving late tomorrow?", "lanes_at_risk", """{"start":"2026-11-23","end":"2026-11-23"}""" },
        { "top 5 riskiest lanes this week", "lanes_at_risk", """{"count":5}""" },
        { "Are any lanes at PDX2 in danger of late departures?", "lanes_at_risk", """{"site":"PDX2"}""" },
        { "Which lanes are likely to be late next week?", "lanes_at_risk", """{"start":"2026-11-23","end":"2026-11-29"}""" },
        { "lanes we should worry about in the West region", "lanes_at_risk", """{"region":"WEST"}""" },
        { "Where is the risk of late departures highest this week?", "lanes_at_risk", """{}""" },
        { "at-risk lanes for BFI3 over the next 5 days", "lanes_at_risk", """{"site":"BFI3","end":"2026-11-26"}""" },
        { "Which linehaul lanes are most at risk right now?", "lanes_at_risk", """{}""" },
        { "Show the 10 lanes with the highest late departure risk", "lanes_at_risk", """{"count":10}""" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task A_defect_question_calls_the_right_tool_with_the_right_arguments(string question, string tool, string arguments)
    {
        var answer = await demo.AskTurnsAsync(question);
        AssertCalled(answer, tool, arguments);
    }

    public static TheoryData<string[], string, string> FollowUps => new()
    {
        { ["Any anomalies at SEA4 last week?", "and at PDX2?"], "detect_anomalies", """{"site":"PDX2","start":"2026-11-09"}""" },
        { ["Any anomalies at BFI3 last month?", "why?"], "explain_defect", """{"site":"BFI3","start":"2026-10-01"}""" },
        { ["why did missorts jump at BFI3 last month?", "and at SEA4?"], "explain_defect", """{"site":"SEA4","metric":"missort_rate"}""" },
        { ["which lanes are at risk this week?", "and for ORD2?"], "lanes_at_risk", """{"site":"ORD2"}""" },
        { ["Any anomalies in the network last week?", "what about last month?"], "detect_anomalies", """{"start":"2026-10-01","end":"2026-10-31"}""" },
    };

    [Theory]
    [MemberData(nameof(FollowUps))]
    public async Task A_defect_follow_up_keeps_the_context(string[] turns, string tool, string arguments)
    {
        var answer = await demo.AskTurnsAsync(turns);
        AssertCalled(answer, tool, arguments);
    }

    private static void AssertCalled(AgentAnswer answer, string tool, string expectedArguments)
    {
        var call = Assert.Single(answer.ToolCalls);
        Assert.True(tool == call.Tool, $"Expected {tool}, called {call.Tool} {call.ArgumentsJson}");
        Assert.True(call.Outcome == ToolCallOutcome.Ok, $"{call.Tool} {call.ArgumentsJson}: {answer.Text}");
        var actual = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(call.ArgumentsJson)!;
        foreach (var property in JsonDocument.Parse(expectedArguments).RootElement.EnumerateObject())
        {
            Assert.True(actual.TryGetValue(property.Name, out var value), $"{tool} was called without {property.Name}: {call.ArgumentsJson}");
            Assert.Equal(property.Value.ToString(), value.ToString(), ignoreCase: true);
        }
    }
}
