using ModelContextProtocol.Protocol;

namespace Assistant.Cli.Tests.Mcp;

/// <summary>
/// Issue 12, item 2, over MCP: a client names a network file by its listed name only. A path, even
/// to a valid network file, is a tool error that does not say whether the path exists.
/// </summary>
public sealed class McpNetworkNamingTests(McpServerFixture server) : IClassFixture<McpServerFixture>
{
    [Fact]
    public async Task A_valid_network_file_named_by_its_path_is_a_tool_error()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "examples", "networks", "example.json");
        Assert.True(File.Exists(path), path);

        var result = await server.CallAsync("plan_network", $$"""{"network": "{{path}}"}""");

        Assert.True(result.IsError, Text(result));
        Assert.Contains("named by its file name alone", Text(result));
    }

    [Fact]
    public async Task A_system_file_and_a_missing_path_are_refused_in_the_same_words()
    {
        var existing = await server.CallAsync("what_if", """{"network": "/etc/passwd", "changes": [{"kind": "close", "site": "SC1"}]}""");
        var missing = await server.CallAsync("what_if", """{"network": "/etc/no-such-file-7f3a9c", "changes": [{"kind": "close", "site": "SC1"}]}""");

        Assert.True(existing.IsError, Text(existing));
        Assert.True(missing.IsError, Text(missing));
        Assert.Equal(Text(missing).Replace("/etc/no-such-file-7f3a9c", "/etc/passwd", StringComparison.Ordinal), Text(existing));
    }

    [Fact]
    public async Task A_listed_name_still_plans()
    {
        var result = await server.CallAsync("plan_network", """{"network": "example.json"}""");

        Assert.True(result.IsError != true, $"{Text(result)}\n{server.ErrorOutput}");
        Assert.Contains("\"total_cost\":480", Text(result).Replace(" ", "", StringComparison.Ordinal));
    }

    private static string Text(CallToolResult result) =>
        string.Concat(result.Content.OfType<TextContentBlock>().Select(c => c.Text));
}
