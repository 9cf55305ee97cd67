using System.Text;
using System.Text.Json;

namespace Assistant.Cli.Mcp;

/// <summary>
/// A JSON-RPC error answered for an incoming line the server will not hand to the SDK: the code
/// (-32700 parse error, -32600 invalid request, -32602 invalid params), what is wrong in words,
/// and the request's id when it could be read (else the answer's id is null, as JSON-RPC 2.0 asks).
/// </summary>
public sealed record ProtocolRejection(int Code, string Message, JsonElement? Id)
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int InvalidParams = -32602;

    /// <summary>A notification (a method without an id) is never answered, not even with an error.</summary>
    public bool Answered { get; init; } = true;

    /// <summary>The error response, one line of JSON without the newline.</summary>
    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("jsonrpc", "2.0");
            json.WritePropertyName("id");
            if (Id is { } id)
            {
                id.WriteTo(json);
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteStartObject("error");
            json.WriteNumber("code", Code);
            json.WriteString("message", Message);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public override string ToString() => Encoding.UTF8.GetString(ToJson());
}
