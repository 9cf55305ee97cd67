using System.Text.Json;

namespace Assistant.Cli.Tests.Mcp;

/// <summary>
/// The real `assistant mcp` process fed broken lines on its standard input, one at a time: each
/// gets its JSON-RPC error on standard output (no silence, no "An error occurred."), and the server
/// keeps serving: a ping after every bad line, and a real tool call after all of them, are answered.
/// </summary>
public sealed class McpMalformedLineTests(RawMcpServer server) : IClassFixture<RawMcpServer>
{
    private static readonly string Deep = new string('[', 100_000) + new string(']', 100_000);

    /// <summary>The line, the error code it must get, words its message must contain, and the id it must carry.</summary>
    public static TheoryData<string, int, string, string?> BadLines => new()
    {
        { "this is not json", -32700, "Parse error", null },
        { Deep, -32700, "depth of 64", null },
        { """{"jsonrpc":"2.0","id":21,"method":"tools/call","params":{"name":"describe_site","arguments":{"site":""" + Deep + "}}}", -32700, "depth of 64", "21" },
        { "42", -32600, "a JSON object", null },
        { """{"jsonrpc":"2.0","id":22,"method":"tools/call","params":{"arguments":{"site":"SEA4"}}}""", -32602, "needs \"name\"", "22" },
        { """{"jsonrpc":"2.0","id":23,"method":"tools/call","params":{"name":"describe_site","arguments":5}}""", -32602, "\"arguments\" must be an object", "23" },
        { """{"jsonrpc":"2.0","id":24,"method":"tools/call","params":{"name":"describe_site","arguments":"SEA4"}}""", -32602, "\"arguments\" must be an object", "24" },
        { """{"jsonrpc":"2.0","id":25,"method":"tools/call","params":{"name":7}}""", -32602, "\"name\" must be the tool's name", "25" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task A_bad_line_gets_its_json_rpc_error_and_the_server_keeps_serving(string line, int code, string words, string? id)
    {
        using var answer = await server.AskAsync(line);

        var error = answer.RootElement.GetProperty("error");
        Assert.Equal(code, error.GetProperty("code").GetInt32());
        Assert.Contains(words, error.GetProperty("message").GetString());
        var answeredId = answer.RootElement.GetProperty("id");
        Assert.Equal(id, answeredId.ValueKind == JsonValueKind.Null ? null : answeredId.GetRawText());

        using var pong = await server.AskAsync("""{"jsonrpc":"2.0","id":99,"method":"ping"}""");
        Assert.Equal(99, pong.RootElement.GetProperty("id").GetInt32());
        Assert.True(pong.RootElement.TryGetProperty("result", out _), pong.RootElement.ToString());
    }

    [Fact]
    public async Task After_a_series_of_bad_lines_a_tool_call_still_returns_its_result()
    {
        foreach (var row in BadLines)
        {
            using var _ = await server.AskAsync((string)row[0]);
        }

        using var answer = await server.AskAsync("""{"jsonrpc":"2.0","id":30,"method":"tools/call","params":{"name":"describe_site","arguments":{"site":"SEA4"}}}""");

        var result = answer.RootElement.GetProperty("result");
        Assert.False(result.TryGetProperty("isError", out var isError) && isError.GetBoolean(), result.ToString());
        using var site = JsonDocument.Parse(result.GetProperty("content")[0].GetProperty("text").GetString()!);
        Assert.Equal("Seattle sort center", site.RootElement.GetProperty("site").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_line_over_four_mebibytes_is_refused_unread_and_the_next_line_is_answered()
    {
        using var answer = await server.AskAsync(new string('x', 5 * 1024 * 1024));

        Assert.Equal(-32600, answer.RootElement.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Contains("at most 4 MiB", answer.RootElement.GetProperty("error").GetProperty("message").GetString());
        using var pong = await server.AskAsync("""{"jsonrpc":"2.0","id":98,"method":"ping"}""");
        Assert.Equal(98, pong.RootElement.GetProperty("id").GetInt32());
    }
}
