using System.Text.Json;
using Assistant.Agent;
using Assistant.Core.Store;
using Assistant.Plugins.Capacity;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace Assistant.Cli.Tests.Mcp;

/// <summary>
/// `assistant mcp` as an MCP client sees it: the real process over stdio, driven by the
/// ModelContextProtocol C# client. Every plugin function is a tool with its own description and
/// schema, results are the functions' JSON, and a user's mistake is a tool error, not a failure.
/// </summary>
public sealed class McpServerTests(McpServerFixture server) : IClassFixture<McpServerFixture>
{
    [Fact]
    public async Task Every_plugin_function_is_listed_with_its_description_and_input_schema()
    {
        var folder = Path.Combine(Path.GetTempPath(), "assistant-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var store = new SqliteNetworkStore(new SqliteDatabase(Path.Combine(folder, "plugins.db")));
        var functions = AssistantRuntime.CreatePlugins(store, new NetworkFiles(folder)).SelectMany(p => p.Functions).ToList();

        var tools = (await server.Client.ListToolsAsync()).Select(t => t.ProtocolTool).ToDictionary(t => t.Name);

        Assert.Equal(functions.Select(f => f.Name).Order(), tools.Keys.Order());
        foreach (var function in functions)
        {
            var tool = tools[function.Name];
            Assert.False(string.IsNullOrWhiteSpace(tool.Description), function.Name);
            Assert.Equal(function.Description, tool.Description);
            Assert.True(JsonElement.DeepEquals(function.JsonSchema, tool.InputSchema), $"{function.Name}: {tool.InputSchema}");
            Assert.Equal(JsonValueKind.Object, tool.InputSchema.GetProperty("properties").ValueKind);
        }

        Assert.Contains(tools.Keys, name => name == "describe_site");
        Assert.Contains(tools.Keys, name => name == "forecast_volume");
        Assert.Contains(tools.Keys, name => name == "what_if");
        Assert.Equal(["site"], tools["describe_site"].InputSchema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Describe_site_returns_the_sites_json_as_text()
    {
        var result = await server.CallAsync("describe_site", """{"site": "SEA4"}""");

        using var json = Json(result);
        var site = json.RootElement;
        Assert.Equal("SEA4", site.GetProperty("site").GetProperty("code").GetString());
        Assert.Equal("SC", site.GetProperty("site").GetProperty("kind").GetString());
        Assert.Equal("WEST", site.GetProperty("site").GetProperty("region").GetString());
        // The demo network's Seattle sort center (seeded, so the same on every machine).
        Assert.Equal(2000, site.GetProperty("sort_capacity").GetProperty("sort_capacity_packages_per_hour").GetInt32());
        Assert.True(site.GetProperty("average_packages_per_day_recent").GetInt32() > 0);
    }

    [Fact]
    public async Task Forecast_volume_returns_seven_days_that_add_up_to_the_total()
    {
        var result = await server.CallAsync("forecast_volume", """{"site": "SEA4", "days": 7}""");

        using var json = Json(result);
        var forecast = json.RootElement;
        Assert.Equal("SEA4", forecast.GetProperty("scope").GetProperty("code").GetString());
        Assert.Equal(7, forecast.GetProperty("days").GetInt32());
        var daily = forecast.GetProperty("daily").EnumerateArray().ToList();
        Assert.Equal(7, daily.Count);
        Assert.All(daily, d => Assert.InRange(d.GetProperty("packages").GetInt64(), d.GetProperty("lower80").GetInt64(), d.GetProperty("upper80").GetInt64()));
        var sum = daily.Sum(d => d.GetProperty("packages").GetInt64());
        // The total is summed before rounding each day, so it may differ from the rounded days by a few packages.
        Assert.InRange(forecast.GetProperty("total_packages").GetInt64(), sum - 7, sum + 7);
        Assert.True(sum > 0);
    }

    [Fact]
    public async Task What_if_on_a_network_file_returns_the_baseline_and_the_new_cost()
    {
        var result = await server.CallAsync("what_if",
            """{"network": "three-region.json", "changes": [{"kind": "scale_demand", "site": "DS1", "factor": 1.2}]}""");

        using var json = Json(result);
        var outcome = json.RootElement;
        // three-region.json plans at 8,008.5; a fifth more demand at DS1 costs 469.2 more.
        Assert.True(outcome.GetProperty("feasible").GetBoolean());
        Assert.Equal(8008.5, outcome.GetProperty("baseline_cost").GetDouble());
        Assert.Equal(8477.7, outcome.GetProperty("new_cost").GetDouble());
        Assert.Equal(469.2, outcome.GetProperty("cost_change").GetDouble());
        Assert.Equal(["DS1 demand ×1.2"], outcome.GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task An_unknown_site_is_a_tool_error_with_the_message()
    {
        var result = await server.CallAsync("describe_site", """{"site": "XYZ9"}""");

        Assert.True(result.IsError, Text(result));
        Assert.StartsWith("There is no site 'XYZ9'.", Text(result));
    }

    [Fact]
    public async Task A_missing_required_argument_is_a_tool_error_that_names_it()
    {
        var result = await server.CallAsync("describe_site", "{}");

        Assert.True(result.IsError, Text(result));
        Assert.Contains("site", Text(result));
    }

    [Fact]
    public async Task An_unknown_tool_is_a_protocol_error()
    {
        var error = await Assert.ThrowsAsync<McpProtocolException>(() => server.CallAsync("no_such_tool", "{}"));

        Assert.Equal(McpErrorCode.InvalidParams, error.ErrorCode);
        Assert.Contains("There is no tool named 'no_such_tool'", error.Message);
    }

    private JsonDocument Json(CallToolResult result)
    {
        Assert.True(result.IsError != true, $"{Text(result)}\n{server.ErrorOutput}");
        return JsonDocument.Parse(Text(result));
    }

    private static string Text(CallToolResult result) =>
        string.Concat(result.Content.OfType<TextContentBlock>().Select(c => c.Text));
}
