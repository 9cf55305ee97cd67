using System.Text.Json;
using Assistant.Agent.Loop;

namespace Assistant.Agent.Tests;

/// <summary>
/// The offline brain on the operators' own phrasings: which tool it calls and with which
/// arguments (a subset match), through the real agent loop on the demo network. Today is
/// Sunday 2026-11-22, so yesterday is 2026-11-21 and last week is 2026-11-09 to 2026-11-15.
/// </summary>
public sealed class OfflineBrainPhrasingTests(DemoAssistant demo) : IClassFixture<DemoAssistant>
{
    public static TheoryData<string, string, string> SingleQuestions => new()
    {
        { "What was the volume at SEA4 last week?", "volume_history", """{"site":"SEA4","start":"2026-11-09","end":"2026-11-15"}""" },
        { "How many packages did PDX2 handle yesterday?", "volume_history", """{"site":"PDX2","start":"2026-11-21","end":"2026-11-21"}""" },
        { "volume at sea4 yesterday", "volume_history", """{"site":"SEA4","start":"2026-11-21"}""" },
        { "How much volume went through Seattle last week?", "volume_history", """{"site":"SEA4","start":"2026-11-09"}""" },
        { "Show me the daily volume for the West region in October", "volume_history", """{"region":"WEST","start":"2026-10-01","end":"2026-10-31"}""" },
        { "Network volume over the last 30 days", "volume_history", """{"start":"2026-10-23","end":"2026-11-21"}""" },
        { "How much did lane SEA4-GEG1 carry last month?", "volume_history", """{"lane":"SEA4-GEG1","start":"2026-10-01","end":"2026-10-31"}""" },
        { "packages from SEA4 to GEG1 in the last 7 days", "volume_history", """{"lane":"SEA4-GEG1","start":"2026-11-15","end":"2026-11-21"}""" },
        { "What was total throughput across the whole network yesterday?", "volume_history", """{"start":"2026-11-21","end":"2026-11-21"}""" },
        { "How busy was BFI3 on Black Friday?", "volume_history", """{"site":"BFI3","start":"2025-11-28","end":"2025-11-28"}""" },
        { "Volume at PDX2 from 2026-10-01 to 2026-10-15", "volume_history", """{"site":"PDX2","start":"2026-10-01","end":"2026-10-15"}""" },
        { "How many parcels did GEG1 receive this month?", "volume_history", """{"site":"GEG1","start":"2026-11-01","end":"2026-11-21"}""" },
        { "SEA4 volume in December", "volume_history", """{"site":"SEA4","start":"2025-12-01","end":"2025-12-31"}""" },
        { "Daily volume at the Portland sort center since Nov 1", "volume_history", """{"site":"PDX2","start":"2026-11-01","end":"2026-11-21"}""" },
        { "How many packages did the Central region deliver last week?", "volume_history", """{"region":"CENTRAL","start":"2026-11-09"}""" },
        { "What was the volume at Seatle last week?", "volume_history", """{"site":"SEA4","start":"2026-11-09"}""" },
        { "volume at sea-4 last monday", "volume_history", """{"site":"SEA4","start":"2026-11-16","end":"2026-11-16"}""" },
        { "volume at SEA4 for the week of Nov 2", "volume_history", """{"site":"SEA4","start":"2026-11-02","end":"2026-11-08"}""" },
        { "How many packages did SEA4 handle in Q3?", "volume_history", """{"site":"SEA4","start":"2026-07-01","end":"2026-09-30"}""" },
        { "volume at SEA4 on Prime Day", "volume_history", """{"site":"SEA4","start":"2026-07-14","end":"2026-07-15"}""" },
        { "SEA4 volume over the last two weeks", "volume_history", """{"site":"SEA4","start":"2026-11-08","end":"2026-11-21"}""" },
        { "How many packages did OAK5 process between Oct 5 and Oct 11?", "volume_history", """{"site":"OAK5","start":"2026-10-05","end":"2026-10-11"}""" },
        { "What was the volume at SEA4?", "volume_history", """{"site":"SEA4"}""" },
        { "Volume at DEN3 on 3 November", "volume_history", """{"site":"DEN3","start":"2026-11-03","end":"2026-11-03"}""" },
        { "how much freight did the east region move this year", "volume_history", """{"region":"EAST","start":"2026-01-01","end":"2026-11-21"}""" },
        { "What was the missort rate at BFI3 last week?", "metric_history", """{"site":"BFI3","metric":"missort_rate","start":"2026-11-09"}""" },
        { "How many late departures did ORD2 have yesterday?", "metric_history", """{"site":"ORD2","metric":"late_departures","start":"2026-11-21"}""" },
        { "Dwell time at PHL5 over the last 14 days", "metric_history", """{"site":"PHL5","metric":"dwell_hours","start":"2026-11-08","end":"2026-11-21"}""" },
        { "missorts at Kent in the past 2 weeks", "metric_history", """{"site":"BFI3","metric":"missort_rate","start":"2026-11-08"}""" },
        { "Were there many late trucks at ORD2 last week?", "metric_history", """{"site":"ORD2","metric":"late_departures"}""" },
        { "show me the defects at BFI3", "metric_history", """{"site":"BFI3","metric":"missort_rate"}""" },
        { "missort trend for SEA4 in October", "metric_history", """{"site":"SEA4","metric":"missort_rate","start":"2026-10-01","end":"2026-10-31"}""" },
        { "What are the top 5 lanes last week?", "top_lanes", """{"count":5,"start":"2026-11-09"}""" },
        { "Busiest lanes out of SEA4 last month", "top_lanes", """{"site":"SEA4","start":"2026-10-01"}""" },
        { "Which lanes in the East region carried the most packages?", "top_lanes", """{"region":"EAST"}""" },
        { "top 10 lanes by volume yesterday", "top_lanes", """{"count":10,"start":"2026-11-21"}""" },
        { "Tell me about SEA4", "describe_site", """{"site":"SEA4"}""" },
        { "What is the sort capacity of PDX2?", "describe_site", """{"site":"PDX2"}""" },
        { "What shifts does BFI3 run?", "describe_site", """{"site":"BFI3"}""" },
        { "describe the Oakland sort center", "describe_site", """{"site":"OAK5"}""" },
        { "What's the labor rate at ORD2?", "describe_site", """{"site":"ORD2"}""" },
        { "Tell me about the lane SEA4-GEG1", "describe_lane", """{"lane":"SEA4-GEG1"}""" },
        { "What is the transit time from ONT8 to SEA4?", "describe_lane", """{"lane":"ONT8-SEA4"}""" },
        { "Cost per truck on PDX2 to EUG1", "describe_lane", """{"lane":"PDX2-EUG1"}""" },
        { "how full are the trailers on SEA4 → TIW1", "describe_lane", """{"lane":"SEA4-TIW1"}""" },
        { "List the sort centers", "list_sites", """{"kind":"SC"}""" },
        { "Which delivery stations are in the West region?", "list_sites", """{"kind":"DS","region":"WEST"}""" },
        { "What sites do we have?", "list_sites", "{}" },
        { "how many fulfillment centers are there", "list_sites", """{"kind":"FC"}""" },
        { "Which lanes leave SEA4?", "list_lanes", """{"site":"SEA4","direction":"outbound"}""" },
        { "List the inbound lanes of GEG1", "list_lanes", """{"site":"GEG1","direction":"inbound"}""" },
        { "What lanes are in the Central region?", "list_lanes", """{"region":"CENTRAL"}""" },
        { "Hourly profile of PDX2", "hourly_profile", """{"site":"PDX2"}""" },
        { "What is the busiest hour at SEA4?", "hourly_profile", """{"site":"SEA4"}""" },
        { "Packages per hour at BFI3 yesterday", "hourly_profile", """{"site":"BFI3","date":"2026-11-21"}""" },
        { "how did SEA4 do last week", "volume_history", """{"site":"SEA4","start":"2026-11-09","end":"2026-11-15"}""" },
        { "volume for lane ONT8 SEA4 yesterday", "volume_history", """{"lane":"ONT8-SEA4","start":"2026-11-21"}""" },
        { "Which site had the highest volume yesterday?", "top_sites", """{"start":"2026-11-21","end":"2026-11-21"}""" },
        { "top 3 sort centers in the west last week", "top_sites", """{"kind":"SC","region":"WEST","count":3,"start":"2026-11-09"}""" },
        { "Which delivery station was the quietest last month?", "top_sites", """{"kind":"DS","order":"lowest","start":"2026-10-01"}""" },
        { "how many lanes does SEA4 have", "list_lanes", """{"site":"SEA4"}""" },
        { "List the regions", "list_regions", "{}" },
        { "How many packages will SEA4 get next week?", "forecast_volume", """{"site":"SEA4","start":"2026-11-23","end":"2026-11-29"}""" },
        { "forecast for PDX2 tomorrow", "forecast_volume", """{"site":"PDX2","start":"2026-11-23","end":"2026-11-23"}""" },
        { "What volume do we expect at BFI3 over the next 14 days?", "forecast_volume", """{"site":"BFI3","start":"2026-11-22","end":"2026-12-05"}""" },
        { "projected volume for the West region next month", "forecast_volume", """{"region":"WEST","start":"2026-12-01","end":"2026-12-31"}""" },
        { "network forecast", "forecast_volume", "{}" },
        { "volume at GEG1 next week", "forecast_volume", """{"site":"GEG1","start":"2026-11-23"}""" },
        { "predict packages on lane SEA4-GEG1 for the next 7 days", "forecast_volume", """{"lane":"SEA4-GEG1","start":"2026-11-22","end":"2026-11-28"}""" },
        { "how busy will Seattle be on Black Friday?", "forecast_volume", """{"site":"SEA4","start":"2026-11-27","end":"2026-11-27"}""" },
        { "How accurate is the BFI3 forecast?", "forecast_accuracy", """{"site":"BFI3"}""" },
        { "hourly forecast for PDX2 tomorrow", "forecast_hourly", """{"site":"PDX2","date":"2026-11-23"}""" },
        { "How many packages per hour will SEA4 sort on Monday?", "forecast_hourly", """{"site":"SEA4","date":"2026-11-23"}""" },
        { "why is next Monday so high at SEA4?", "explain_forecast", """{"site":"SEA4","date":"2026-11-23"}""" },
        { "explain the forecast for SEA4 on Black Friday", "explain_forecast", """{"site":"SEA4","date":"2026-11-27"}""" },
        { "Why will PDX2 be quiet on Thursday?", "explain_forecast", """{"site":"PDX2","date":"2026-11-26"}""" },
        { "what is the backtest WAPE for the network", "forecast_accuracy", "{}" },
        { "how reliable are forecasts for lane SEA4-GEG1", "forecast_accuracy", """{"lane":"SEA4-GEG1"}""" },
        { "what regions do we have?", "list_regions", "{}" },
    };

    [Theory]
    [MemberData(nameof(SingleQuestions))]
    public async Task A_question_calls_the_right_tool_with_the_right_arguments(string question, string tool, string arguments)
    {
        var answer = await demo.AskTurnsAsync(question);
        AssertCalled(answer, tool, arguments);
    }

    public static TheoryData<string, string, string> ForecastQuestions => new()
    {
        { "How many packages will PDX2 get tomorrow?", "forecast_volume", """{"site":"PDX2","start":"2026-11-23","end":"2026-11-23"}""" },
        { "What will the volume at BFI3 be next week?", "forecast_volume", """{"site":"BFI3","start":"2026-11-23","end":"2026-11-29"}""" },
        { "forecast SEA4 for the next 7 days", "forecast_volume", """{"site":"SEA4","start":"2026-11-22","end":"2026-11-28"}""" },
        { "expected volume at GEG1 next 10 days", "forecast_volume", """{"site":"GEG1","start":"2026-11-22","end":"2026-12-01"}""" },
        { "how much volume should we expect at OAK5 on Cyber Monday?", "forecast_volume", """{"site":"OAK5","start":"2026-11-30","end":"2026-11-30"}""" },
        { "predict the network volume for next week", "forecast_volume", """{"start":"2026-11-23","end":"2026-11-29"}""" },
        { "what is the outlook for the East region next month?", "forecast_volume", """{"region":"EAST","start":"2026-12-01","end":"2026-12-31"}""" },
        { "projected packages for the Central region over the next 2 weeks", "forecast_volume", """{"region":"CENTRAL","start":"2026-11-22","end":"2026-12-05"}""" },
        { "Will ORD2 be busy on Friday?", "forecast_volume", """{"site":"ORD2","start":"2026-11-27","end":"2026-11-27"}""" },
        { "how many parcels is DEN3 going to handle next week", "forecast_volume", """{"site":"DEN3","start":"2026-11-23"}""" },
        { "forecast for lane ONT8-SEA4 next week", "forecast_volume", """{"lane":"ONT8-SEA4","start":"2026-11-23"}""" },
        { "how many packages will go from SEA4 to GEG1 tomorrow?", "forecast_volume", """{"lane":"SEA4-GEG1","start":"2026-11-23"}""" },
        { "volume forecast for Portland", "forecast_volume", """{"site":"PDX2"}""" },
        { "what do we expect at the Seattle sort center in December?", "forecast_volume", """{"site":"SEA4","start":"2026-12-01","end":"2026-12-31"}""" },
        { "forecast BOS7 on Black Friday", "forecast_volume", """{"site":"BOS7","start":"2026-11-27","end":"2026-11-27"}""" },
        { "How many packages will MIA5 receive in the next 30 days?", "forecast_volume", """{"site":"MIA5","start":"2026-11-22","end":"2026-12-21"}""" },
        { "packages expected at ATL6 tomorrow", "forecast_volume", """{"site":"ATL6","start":"2026-11-23"}""" },
        { "upcoming volume at CLT2 next week", "forecast_volume", """{"site":"CLT2","start":"2026-11-23"}""" },
        { "what's the forecast for PHL5", "forecast_volume", """{"site":"PHL5"}""" },
        { "predicted volume for MSP5 on Thanksgiving", "forecast_volume", """{"site":"MSP5","start":"2026-11-26","end":"2026-11-26"}""" },
        { "how many packages will the whole network ship tomorrow", "forecast_volume", """{"start":"2026-11-23","end":"2026-11-23"}""" },
        { "forecast the West region for the coming week", "forecast_volume", """{"region":"WEST"}""" },
        { "how busy will SJC4 be next week?", "forecast_volume", """{"site":"SJC4","start":"2026-11-23"}""" },
        { "What volume will TPA2 see over the next 14 days?", "forecast_volume", """{"site":"TPA2","start":"2026-11-22","end":"2026-12-05"}""" },
        { "hourly forecast for SEA4 on Wednesday", "forecast_hourly", """{"site":"SEA4","date":"2026-11-25"}""" },
        { "expected packages per hour at BFI3 tomorrow", "forecast_hourly", """{"site":"BFI3","date":"2026-11-23"}""" },
        { "forecast hour by hour for ORD2 next Monday", "forecast_hourly", """{"site":"ORD2","date":"2026-11-23"}""" },
        { "what will the peak hour be at OAK5 tomorrow, hourly forecast please", "forecast_hourly", """{"site":"OAK5","date":"2026-11-23"}""" },
        { "why is Cyber Monday so high at PDX2?", "explain_forecast", """{"site":"PDX2","date":"2026-11-30"}""" },
        { "why will SEA4 be so low on Thanksgiving?", "explain_forecast", """{"site":"SEA4","date":"2026-11-26"}""" },
        { "explain the forecast for the network tomorrow", "explain_forecast", """{"date":"2026-11-23"}""" },
        { "why is the forecast for GEG1 on Tuesday so big?", "explain_forecast", """{"site":"GEG1","date":"2026-11-24"}""" },
        { "what drives the forecast for BFI3 on Black Friday?", "explain_forecast", """{"site":"BFI3","date":"2026-11-27"}""" },
        { "forecast accuracy for SEA4", "forecast_accuracy", """{"site":"SEA4"}""" },
        { "how good are the forecasts for the East region?", "forecast_accuracy", """{"region":"EAST"}""" },
        { "how far off is the PDX2 forecast usually?", "forecast_accuracy", """{"site":"PDX2"}""" },
        { "can I trust the GEG1 forecast?", "forecast_accuracy", """{"site":"GEG1"}""" },
        { "what is the forecast error for the network", "forecast_accuracy", "{}" },
        { "backtest accuracy of the ORD2 forecast over the next 14 days", "forecast_accuracy", """{"site":"ORD2","days":14}""" },
        { "how reliable is the forecast for lane ONT8-SEA4?", "forecast_accuracy", """{"lane":"ONT8-SEA4"}""" },
        { "Break down next week's network forecast by region", "forecast_breakdown", """{"by":"region","start":"2026-11-23","end":"2026-11-29"}""" },
        { "forecast for the West region by delivery station", "forecast_breakdown", """{"region":"WEST","by":"site"}""" },
        { "split the GEG1 forecast by inbound lane", "forecast_breakdown", """{"site":"GEG1","by":"lane"}""" },
        { "How will next week's volume split across regions?", "forecast_breakdown", """{"by":"region","start":"2026-11-23"}""" },
        { "expected packages per station in the East region over the next 14 days", "forecast_breakdown", """{"region":"EAST","by":"site","start":"2026-11-22","end":"2026-12-05"}""" },
        { "which lanes will carry the most into GEG1 next week, break it down", "forecast_breakdown", """{"site":"GEG1","by":"lane"}""" },
        { "forecast by region for the next 7 days", "forecast_breakdown", """{"by":"region","start":"2026-11-22","end":"2026-11-28"}""" },
        { "break the Central forecast down by site", "forecast_breakdown", """{"region":"CENTRAL","by":"site"}""" },
        { "how does the network forecast for December break down by region?", "forecast_breakdown", """{"by":"region","start":"2026-12-01","end":"2026-12-31"}""" },
        { "will each region add up to the network forecast next week?", "forecast_breakdown", """{"by":"region"}""" },
    };

    [Theory]
    [MemberData(nameof(ForecastQuestions))]
    public async Task A_forecast_question_calls_the_right_forecast_tool(string question, string tool, string arguments)
    {
        var answer = await demo.AskTurnsAsync(question);
        AssertCalled(answer, tool, arguments);
    }

    [Fact]
    public async Task Two_sites_in_one_question_ask_for_both()
    {
        var answer = await demo.AskTurnsAsync("Compare SEA4 and PDX2 volume last week");
        Assert.Equal(["SEA4", "PDX2"], answer.ToolCalls.Select(c => Args(c)["site"]!.ToString()));
        Assert.All(answer.ToolCalls, c => Assert.Equal("volume_history", c.Tool));
    }

    public static TheoryData<string[], string, string> FollowUps => new()
    {
        { ["What was the volume at SEA4 last week?", "and for PDX2?"], "volume_history", """{"site":"PDX2","start":"2026-11-09","end":"2026-11-15"}""" },
        { ["What was the volume at SEA4 last week?", "what about last month?"], "volume_history", """{"site":"SEA4","start":"2026-10-01","end":"2026-10-31"}""" },
        { ["What was the volume at SEA4 last week?", "and missorts?"], "metric_history", """{"site":"SEA4","metric":"missort_rate","start":"2026-11-09","end":"2026-11-15"}""" },
        { ["What was the missort rate at BFI3 last week?", "and at SEA4?"], "metric_history", """{"site":"SEA4","metric":"missort_rate","start":"2026-11-09"}""" },
        { ["What was the missort rate at BFI3 last week?", "what about dwell?"], "metric_history", """{"site":"BFI3","metric":"dwell_hours","start":"2026-11-09"}""" },
        { ["Tell me about SEA4", "and PDX2?"], "describe_site", """{"site":"PDX2"}""" },
        { ["Top 5 lanes last week", "and for the East region?"], "top_lanes", """{"region":"EAST","count":5,"start":"2026-11-09"}""" },
        { ["What was the volume at SEA4 last week?", "how about the whole network?"], "volume_history", """{"start":"2026-11-09","end":"2026-11-15"}""" },
        { ["What was the missort rate last week?", "BFI3"], "metric_history", """{"site":"BFI3","metric":"missort_rate","start":"2026-11-09"}""" },
        { ["Hourly profile of PDX2", "same for SEA4"], "hourly_profile", """{"site":"SEA4"}""" },
        { ["volume at SEA4 yesterday", "and the day before yesterday?"], "volume_history", """{"site":"SEA4","start":"2026-11-20","end":"2026-11-20"}""" },
        { ["volume at SEA4 last week", "and PDX2?", "what about last month?"], "volume_history", """{"site":"PDX2","start":"2026-10-01","end":"2026-10-31"}""" },
        { ["How many late departures did ORD2 have last week?", "and in October?"], "metric_history", """{"site":"ORD2","metric":"late_departures","start":"2026-10-01","end":"2026-10-31"}""" },
        { ["What's the weather in Seattle?", "ok, volume at SEA4 yesterday then"], "volume_history", """{"site":"SEA4","start":"2026-11-21"}""" },
        { ["how did SEA4 do last week", "show missorts for it"], "metric_history", """{"site":"SEA4","metric":"missort_rate","start":"2026-11-09"}""" },
        { ["How many packages will SEA4 get next week?", "and PDX2?"], "forecast_volume", """{"site":"PDX2","start":"2026-11-23","end":"2026-11-29"}""" },
        { ["forecast for SEA4 next week", "why is Thursday so low?"], "explain_forecast", """{"site":"SEA4","date":"2026-11-26"}""" },
        { ["forecast for PDX2 next week", "how accurate is that?"], "forecast_accuracy", """{"site":"PDX2"}""" },
        { ["forecast for the West region next week", "break it down by station"], "forecast_breakdown", """{"region":"WEST","by":"site","start":"2026-11-23","end":"2026-11-29"}""" },
        { ["Top 5 sort centers last week", "and the lowest?"], "top_sites", """{"kind":"SC","order":"lowest","start":"2026-11-09"}""" },
    };

    [Theory]
    [MemberData(nameof(FollowUps))]
    public async Task A_follow_up_reuses_the_context_of_the_conversation(string[] turns, string tool, string arguments)
    {
        var answer = await demo.AskTurnsAsync(turns);
        AssertCalled(answer, tool, arguments);
    }

    public static TheoryData<string, string> Unanswerable => new()
    {
        { "What's the weather in Seattle?", "can't" },
        { "Tell me a joke", "can't" },
        { "How many people live in Portland?", "can't" },
        { "Who won the Super Bowl?", "can't" },
        { "asdf qwerty", "can't" },
        { "Book a truck from SEA4 to GEG1 tomorrow", "can't" },
        { "hello", "I answer planning questions" },
        { "What can you do?", "I answer planning questions" },
        { "thanks!", "You're welcome" },
        { "What was the missort rate last week?", "Which site?" },
        { "Tell me about", "Which site" },
        { "volume at XYZ9 yesterday", "don't know a site called XYZ9" },
        { "What was the missort rate at ABC1 last week?", "don't know a site called ABC1" },
    };

    [Theory]
    [MemberData(nameof(Unanswerable))]
    public async Task A_question_it_cannot_answer_gets_words_and_no_number(string question, string expected)
    {
        var answer = await demo.AskTurnsAsync(question);
        Assert.Empty(answer.ToolCalls);
        Assert.Contains(expected, answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"\d{3}", answer.Text.Split("\n")[0]);
    }

    private static void AssertCalled(AgentAnswer answer, string tool, string expectedArguments)
    {
        var call = Assert.Single(answer.ToolCalls);
        Assert.Equal(tool, call.Tool);
        Assert.Equal(ToolCallOutcome.Ok, call.Outcome);
        var actual = Args(call);
        foreach (var property in JsonDocument.Parse(expectedArguments).RootElement.EnumerateObject())
        {
            Assert.True(actual.TryGetValue(property.Name, out var value), $"{tool} was called without {property.Name}: {call.ArgumentsJson}");
            Assert.Equal(property.Value.ToString(), value?.ToString(), ignoreCase: true);
        }

        // The brain never states a number that the tool did not return.
        var ungrounded = Grounding.NumberGrounding.UngroundedNumbers(answer.Text, answer.ToolCalls.Select(c => c.ResultJson));
        Assert.True(ungrounded.Count == 0, $"Numbers no tool returned: {string.Join(", ", ungrounded)} in: {answer.Text}");
    }

    private static Dictionary<string, object?> Args(ToolCallTrace call) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(call.ArgumentsJson)!
            .ToDictionary(kv => kv.Key, kv => (object?)kv.Value.ToString());
}
