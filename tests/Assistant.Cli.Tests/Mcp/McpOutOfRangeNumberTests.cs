using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace Assistant.Cli.Tests.Mcp;

/// <summary>
/// Issue 12, item 1 through `assistant mcp`: a what-if with a cost of 1e300 or demand growing
/// 1e27% used to abort the server process (exit -6, Clp's assertion on huge objective
/// coefficients). Now each is a tool error naming the number, and the same server answers the next call.
/// </summary>
public sealed class McpOutOfRangeNumberTests(McpServerFixture server) : IClassFixture<McpServerFixture>
{
    [Theory]
    [InlineData("""{"kind": "add_cost", "site": "FC1", "to": "SC1", "value": 1e300}""", "changes[0].value is 1E+300; a cost per unit must be at most 1,000,000")]
    [InlineData("""{"kind": "scale_demand", "site": "DS1", "factor": 1e25}""", "changes[0].factor is 1E+25; it must be at most 1,000")]
    public async Task A_what_if_with_a_huge_number_is_a_tool_error_and_the_server_answers_the_next_call(string change, string expected)
    {
        var refused = await server.CallAsync("what_if", $$"""{"network": "three-region.json", "changes": [{{change}}]}""");

        Assert.True(refused.IsError, Text(refused));
        Assert.Contains(expected, Text(refused), StringComparison.Ordinal);

        var next = await server.CallAsync("what_if",
            """{"network": "three-region.json", "changes": [{"kind": "scale_demand", "site": "DS1", "factor": 1.2}]}""");
        Assert.True(next.IsError != true, $"{Text(next)}\n{server.ErrorOutput}");
        using var json = JsonDocument.Parse(Text(next));
        // three-region.json plans at 8,008.5; a fifth more demand at DS1 costs 8,477.7.
        Assert.Equal(8477.7, json.RootElement.GetProperty("new_cost").GetDouble());
    }

    private static string Text(CallToolResult result) =>
        string.Concat(result.Content.OfType<TextContentBlock>().Select(c => c.Text));
}
