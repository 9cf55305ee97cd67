using Assistant.Agent.Loop;
using Assistant.Web.Chat;

namespace Assistant.Web.Tests;

public sealed class ToolResultsTests
{
    [Fact]
    public void Charts_come_from_results_that_carry_one_in_call_order()
    {
        var answer = Answer(
            Call("1", "volume_history", """{"total_packages":5,"chart":{"title":"SEA4 daily packages","mark":"bar"}}"""),
            Call("2", "site_info", """{"code":"PDX2"}"""),
            Call("3", "lane_ranking", """{"chart":{"title":{"text":"Top lanes"},"mark":"bar"}}"""),
            Call("4", "broken", "not json"));

        var charts = ToolResults.Charts(answer);

        Assert.Equal(["1", "3"], charts.Select(c => c.CallId));
        Assert.Equal(["SEA4 daily packages", "Top lanes"], charts.Select(c => c.Title));
        Assert.Equal("""{"title":"SEA4 daily packages","mark":"bar"}""", charts[0].SpecJson);
    }

    [Fact]
    public void Pretty_indents_json_and_leaves_other_text_alone()
    {
        Assert.Equal("{\n  \"site\": \"SEA4\",\n  \"days\": [\n    1,\n    2\n  ]\n}", ToolResults.Pretty("""{"site":"SEA4","days":[1,2]}""").ReplaceLineEndings("\n"));
        Assert.Equal("timed out", ToolResults.Pretty("timed out"));
    }

    private static ToolCallTrace Call(string id, string tool, string result) =>
        new(id, tool, "{}", result, ToolCallOutcome.Ok, 1.5);

    private static AgentAnswer Answer(params ToolCallTrace[] calls) =>
        new("text", calls, TokenUsage.None, 10, 1, false, "offline");
}
