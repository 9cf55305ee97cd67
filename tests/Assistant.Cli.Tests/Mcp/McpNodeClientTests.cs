using System.Text.Json;

namespace Assistant.Cli.Tests.Mcp;

/// <summary>
/// `assistant mcp` from a second, independent client: the official TypeScript SDK
/// (@modelcontextprotocol/sdk, tests/mcp-node/client.mjs) starts the real process, lists the
/// tools and calls a network lookup, a forecast, a what-if and an unknown site.
/// </summary>
public sealed class McpNodeClientTests : IDisposable
{
    private readonly CliProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task The_typescript_sdk_client_lists_the_tools_and_gets_real_results()
    {
        var (code, output, error) = await NodeMcpClient.RunAsync(
            new Dictionary<string, string> { ["Assistant__Database"] = _cli.Database },
            "dotnet", CliProcess.Program, "mcp");

        Assert.True(code == 0, $"node client.mjs exited with {code}:\n{error}");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;

        Assert.Equal("middle-mile-assistant", root.GetProperty("server").GetProperty("name").GetString());
        var tools = root.GetProperty("tools").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        Assert.Equal(23, tools.Count);
        Assert.All(tools.Values, t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("description").GetString())));
        Assert.Equal(["site"], tools["describe_site"].GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("days", tools["forecast_volume"].GetProperty("properties").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("changes", tools["what_if"].GetProperty("properties").EnumerateArray().Select(e => e.GetString()));

        var site = Result(root, "describeSite");
        Assert.Equal("SEA4", site.GetProperty("site").GetProperty("code").GetString());
        Assert.Equal(2000, site.GetProperty("sort_capacity").GetProperty("sort_capacity_packages_per_hour").GetInt32());

        var forecast = Result(root, "forecastVolume");
        Assert.Equal("SEA4", forecast.GetProperty("scope").GetProperty("code").GetString());
        Assert.Equal(7, forecast.GetProperty("daily").GetArrayLength());
        Assert.True(forecast.GetProperty("total_packages").GetInt64() > 0);

        var whatIf = Result(root, "whatIf");
        Assert.Equal(8008.5, whatIf.GetProperty("baseline_cost").GetDouble());
        Assert.Equal(8477.7, whatIf.GetProperty("new_cost").GetDouble());

        var unknown = root.GetProperty("unknownSite");
        Assert.True(unknown.GetProperty("isError").GetBoolean());
        Assert.StartsWith("There is no site 'XYZ9'.", unknown.GetProperty("text").GetString());
    }

    private static JsonElement Result(JsonElement root, string call)
    {
        var result = root.GetProperty(call);
        Assert.False(result.GetProperty("isError").GetBoolean(), result.ToString());
        return result.GetProperty("json");
    }
}
