using System.Buffers;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace Assistant.Cli.Mcp;

/// <summary>
/// Checks one line from an MCP client before the SDK sees it. The SDK (2.3.1) drops a line that is
/// not JSON without a word, and answers a tools/call whose params do not fit with -32603 "An error
/// occurred."; a client then waits for ever or learns nothing. Here a line is either a message for
/// the SDK or a <see cref="ProtocolRejection"/> saying what is wrong, with JSON-RPC 2.0's code.
/// </summary>
public static class IncomingLine
{
    /// <summary>
    /// Deeper than this is refused as a parse error (System.Text.Json's own default): no tool takes
    /// arguments nested anywhere near it, and the limit keeps a 100k-deep line from costing more
    /// than one linear read.
    /// </summary>
    public const int MaxDepth = 64;

    public static (JsonRpcMessage? Message, ProtocolRejection? Rejection) Read(ReadOnlySequence<byte> line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException error)
        {
            return (null, new ProtocolRejection(ProtocolRejection.ParseError, $"Parse error: the line is not a JSON message ({error.Message})", RecoverId(line)));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, new ProtocolRejection(ProtocolRejection.InvalidRequest, root.ValueKind == JsonValueKind.Array
                    ? "Invalid Request: batches (a JSON array) are not supported; send one message object a line."
                    : $"Invalid Request: a message is a JSON object, not {Describe(root)}.", null));
            }

            var problem = RequestProblem(root);
            if (problem is not null)
            {
                return (null, problem);
            }

            try
            {
                var message = root.Deserialize(McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(JsonRpcMessage))) as JsonRpcMessage;
                return message is null
                    ? (null, new ProtocolRejection(ProtocolRejection.InvalidRequest, "Invalid Request: not a JSON-RPC message.", Id(root)))
                    : (message, null);
            }
            catch (JsonException error)
            {
                return (null, new ProtocolRejection(ProtocolRejection.InvalidRequest, $"Invalid Request: {error.Message}", Id(root)));
            }
        }
    }

    private static ProtocolRejection? RequestProblem(JsonElement message)
    {
        var id = Id(message);
        var hasId = message.TryGetProperty("id", out var idValue);
        if (!message.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
        {
            return new(ProtocolRejection.InvalidRequest, "Invalid Request: \"jsonrpc\" must be \"2.0\".", id);
        }

        if (hasId && id is null)
        {
            return new(ProtocolRejection.InvalidRequest, $"Invalid Request: \"id\" must be a string or a number, not {Describe(idValue)}.", null);
        }

        if (!message.TryGetProperty("method", out var method))
        {
            // A response to one of our requests (the server sends none today, but the SDK may).
            return hasId && (message.TryGetProperty("result", out _) || message.TryGetProperty("error", out _))
                ? null
                : new(ProtocolRejection.InvalidRequest, "Invalid Request: a message needs a \"method\" (a request or notification) or an \"id\" with a \"result\" or \"error\" (a response).", id);
        }

        if (method.ValueKind != JsonValueKind.String)
        {
            return new(ProtocolRejection.InvalidRequest, $"Invalid Request: \"method\" must be a string, not {Describe(method)}.", id);
        }

        var paramsProblem = ParamsProblem(method.GetString()!, message);
        return paramsProblem is null
            ? null
            // JSON-RPC: a notification (no id) gets no answer, even a wrong one; it is only logged.
            : new(ProtocolRejection.InvalidParams, paramsProblem, id) { Answered = hasId };
    }

    private static string? ParamsProblem(string method, JsonElement message)
    {
        var hasParams = message.TryGetProperty("params", out var parameters) && parameters.ValueKind != JsonValueKind.Null;
        if (hasParams && parameters.ValueKind != JsonValueKind.Object)
        {
            return $"Invalid params: \"params\" must be an object, not {Describe(parameters)}.";
        }

        if (method != RequestMethods.ToolsCall)
        {
            return null;
        }

        if (!hasParams || !parameters.TryGetProperty("name", out var name) || name.ValueKind == JsonValueKind.Null)
        {
            return "Invalid params: tools/call needs \"name\", the tool to call (tools/list names them).";
        }

        if (name.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetString()))
        {
            return $"Invalid params: \"name\" must be the tool's name as a string, not {Describe(name)}.";
        }

        return parameters.TryGetProperty("arguments", out var arguments) && arguments.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null)
            ? $"Invalid params: \"arguments\" must be an object of the tool's arguments by name, not {Describe(arguments)}."
            : null;
    }

    private static JsonElement? Id(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number ? id.Clone() : null;

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!.Length == 0 ? "an empty string" : "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    /// <summary>
    /// The id of a line that did not parse whole (too deep, say), read from the top level only,
    /// so that the client's pending request ends with the error instead of waiting for ever. The
    /// reader walks the nesting without recursion, so depth costs nothing here.
    /// </summary>
    private static JsonElement? RecoverId(ReadOnlySequence<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = int.MaxValue });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isId)
                {
                    return reader.TokenType is JsonTokenType.String or JsonTokenType.Number
                        ? JsonElement.ParseValue(ref reader)
                        : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Broken before an id was found: the answer's id stays null.
        }

        return null;
    }
}
