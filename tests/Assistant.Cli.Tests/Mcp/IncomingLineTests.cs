using System.Buffers;
using System.Text;
using System.Text.Json;
using Assistant.Cli.Mcp;
using ModelContextProtocol.Protocol;

namespace Assistant.Cli.Tests.Mcp;

/// <summary>
/// What the MCP server's reading layer makes of one line: a message for the SDK, or the JSON-RPC
/// error (code, words, id) that the client gets instead of silence or "An error occurred."
/// </summary>
public sealed class IncomingLineTests
{
    [Fact]
    public void A_well_formed_tool_call_goes_to_the_sdk()
    {
        var (message, rejection) = Read("""{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"describe_site","arguments":{"site":"SEA4"}}}""");

        Assert.Null(rejection);
        var request = Assert.IsType<JsonRpcRequest>(message);
        Assert.Equal("tools/call", request.Method);
        Assert.Equal("7", request.Id.ToString());
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("{\"jsonrpc\":\"2.0\",")]
    [InlineData("}{")]
    public void A_line_that_is_not_json_is_a_parse_error_with_a_null_id(string line)
    {
        var rejection = Rejected(line);

        Assert.Equal(-32700, rejection.Code);
        Assert.StartsWith("Parse error:", rejection.Message);
        Assert.Null(rejection.Id);
        Assert.Contains("\"id\":null", rejection.ToString());
    }

    [Fact]
    public void A_message_nested_a_hundred_thousand_deep_is_a_parse_error()
    {
        var rejection = Rejected(new string('[', 100_000) + new string(']', 100_000));

        Assert.Equal(-32700, rejection.Code);
        Assert.Contains("depth of 64", rejection.Message);
        Assert.Null(rejection.Id);
    }

    [Fact]
    public void Deep_arguments_of_a_request_are_a_parse_error_that_keeps_the_requests_id()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);

        var rejection = Rejected("""{"jsonrpc":"2.0","id":"call-9","method":"tools/call","params":{"name":"describe_site","arguments":{"site":""" + deep + "}}}");

        Assert.Equal(-32700, rejection.Code);
        Assert.Equal("call-9", rejection.Id?.GetString());
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"arguments":{"site":"SEA4"}}}""", "needs \"name\"")]
    [InlineData("""{"jsonrpc":"2.0","id":3,"method":"tools/call"}""", "needs \"name\"")]
    [InlineData("""{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":5}}""", "\"name\" must be the tool's name as a string, not a number")]
    [InlineData("""{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":""}}""", "\"name\" must be the tool's name as a string, not an empty string")]
    [InlineData("""{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"describe_site","arguments":5}}""", "\"arguments\" must be an object of the tool's arguments by name, not a number")]
    [InlineData("""{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"describe_site","arguments":"SEA4"}}""", "\"arguments\" must be an object of the tool's arguments by name, not a string")]
    [InlineData("""{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"describe_site","arguments":["SEA4"]}}""", "not an array")]
    [InlineData("""{"jsonrpc":"2.0","id":3,"method":"tools/list","params":"all"}""", "\"params\" must be an object, not a string")]
    public void A_tool_call_whose_params_do_not_fit_is_invalid_params_saying_what_is_wrong(string line, string expected)
    {
        var rejection = Rejected(line);

        Assert.Equal(-32602, rejection.Code);
        Assert.Contains(expected, rejection.Message);
        Assert.Equal(3, rejection.Id?.GetInt32());
        Assert.True(rejection.Answered);
    }

    [Fact]
    public void A_tool_call_without_arguments_goes_to_the_sdk()
    {
        var (message, rejection) = Read("""{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"list_regions"}}""");

        Assert.Null(rejection);
        Assert.IsType<JsonRpcRequest>(message);
    }

    [Theory]
    [InlineData("42", "a JSON object, not a number")]
    [InlineData("""[{"jsonrpc":"2.0","id":1,"method":"ping"}]""", "batches")]
    [InlineData("""{"id":1,"method":"ping"}""", "\"jsonrpc\" must be \"2.0\"")]
    [InlineData("""{"jsonrpc":"2.0","id":1}""", "needs a \"method\"")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":7}""", "\"method\" must be a string")]
    [InlineData("""{"jsonrpc":"2.0","id":{"a":1},"method":"ping"}""", "\"id\" must be a string or a number, not an object")]
    public void A_json_value_that_is_not_a_request_is_an_invalid_request(string line, string expected)
    {
        var rejection = Rejected(line);

        Assert.Equal(-32600, rejection.Code);
        Assert.Contains(expected, rejection.Message);
    }

    [Fact]
    public void A_notification_with_bad_params_is_refused_without_an_answer()
    {
        var rejection = Rejected("""{"jsonrpc":"2.0","method":"tools/call","params":5}""");

        Assert.Equal(-32602, rejection.Code);
        Assert.False(rejection.Answered);
    }

    [Fact]
    public void The_error_answer_is_one_json_rpc_line_with_code_message_and_id()
    {
        var rejection = Rejected("""{"jsonrpc":"2.0","id":"a b","method":"tools/call","params":{"name":1}}""");

        using var answer = JsonDocument.Parse(rejection.ToJson());
        Assert.Equal("2.0", answer.RootElement.GetProperty("jsonrpc").GetString());
        Assert.Equal("a b", answer.RootElement.GetProperty("id").GetString());
        Assert.Equal(-32602, answer.RootElement.GetProperty("error").GetProperty("code").GetInt32());
        Assert.DoesNotContain((byte)'\n', rejection.ToJson());
    }

    private static (JsonRpcMessage? Message, ProtocolRejection? Rejection) Read(string line) =>
        IncomingLine.Read(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(line)));

    private static ProtocolRejection Rejected(string line)
    {
        var (message, rejection) = Read(line);
        Assert.Null(message);
        return Assert.IsType<ProtocolRejection>(rejection);
    }
}
