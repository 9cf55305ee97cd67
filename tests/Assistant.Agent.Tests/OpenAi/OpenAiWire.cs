using System.Text.Json;
using System.Text.Json.Nodes;

namespace Assistant.Agent.Tests.OpenAi;

/// <summary>
/// Bodies in OpenAI's chat-completions wire format, as the real service sends them: a whole
/// completion, streamed chunks (role first, then content or tool-call fragments, then the finish
/// reason, then a usage-only chunk with no choices), and error bodies.
/// </summary>
public static class OpenAiWire
{
    public const string Model = "gpt-4o-mini-2024-07-18";

    public static string Completion(string? text, int promptTokens = 12, int completionTokens = 5, params (string Id, string Name, string Arguments)[] calls)
    {
        var message = new JsonObject { ["role"] = "assistant", ["content"] = text };
        if (calls.Length > 0)
        {
            message["tool_calls"] = new JsonArray([.. calls.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Id,
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = c.Name, ["arguments"] = c.Arguments },
            })]);
        }

        return new JsonObject
        {
            ["id"] = "chatcmpl-1",
            ["object"] = "chat.completion",
            ["created"] = 1764633600,
            ["model"] = Model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = message,
                ["finish_reason"] = calls.Length > 0 ? "tool_calls" : "stop",
            }),
            ["usage"] = Usage(promptTokens, completionTokens),
        }.ToJsonString();
    }

    /// <summary>A streamed text answer in the given pieces, then the usage chunk.</summary>
    public static IEnumerable<string> TextChunks(int promptTokens, int completionTokens, params string[] pieces)
    {
        yield return Chunk(new JsonObject { ["role"] = "assistant", ["content"] = "" });
        foreach (var piece in pieces)
        {
            yield return Chunk(new JsonObject { ["content"] = piece });
        }

        yield return Chunk(new JsonObject(), "stop");
        yield return UsageChunk(promptTokens, completionTokens);
    }

    /// <summary>The first fragment of a streamed tool call: index, id, name, and no arguments yet.</summary>
    public static string ToolCallStart(int index, string id, string name) => Chunk(new JsonObject
    {
        ["tool_calls"] = new JsonArray(new JsonObject
        {
            ["index"] = index,
            ["id"] = id,
            ["type"] = "function",
            ["function"] = new JsonObject { ["name"] = name, ["arguments"] = "" },
        }),
    });

    /// <summary>A later fragment: only the index and a piece of the arguments' JSON.</summary>
    public static string ToolCallArguments(int index, string piece) => Chunk(new JsonObject
    {
        ["tool_calls"] = new JsonArray(new JsonObject { ["index"] = index, ["function"] = new JsonObject { ["arguments"] = piece } }),
    });

    public static string Finish(string reason) => Chunk(new JsonObject(), reason);

    public static string UsageChunk(int promptTokens, int completionTokens) => new JsonObject
    {
        ["id"] = "chatcmpl-2",
        ["object"] = "chat.completion.chunk",
        ["created"] = 1764633600,
        ["model"] = Model,
        ["choices"] = new JsonArray(),
        ["usage"] = Usage(promptTokens, completionTokens),
    }.ToJsonString();

    public static string Error(string message) => new JsonObject
    {
        ["error"] = new JsonObject { ["message"] = message, ["type"] = "invalid_request_error", ["code"] = null },
    }.ToJsonString();

    /// <summary>A tool message's content, parsed: what the brain sent back as the result of a call.</summary>
    public static JsonElement ToolResult(RecordedRequest request, string toolCallId) =>
        JsonDocument.Parse(request.Messages.EnumerateArray()
            .Single(m => m.GetProperty("role").GetString() == "tool" && m.GetProperty("tool_call_id").GetString() == toolCallId)
            .GetProperty("content").GetString()!).RootElement;

    private static string Chunk(JsonObject delta, string? finishReason = null) => new JsonObject
    {
        ["id"] = "chatcmpl-2",
        ["object"] = "chat.completion.chunk",
        ["created"] = 1764633600,
        ["model"] = Model,
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finishReason }),
    }.ToJsonString();

    private static JsonObject Usage(int promptTokens, int completionTokens) => new()
    {
        ["prompt_tokens"] = promptTokens,
        ["completion_tokens"] = completionTokens,
        ["total_tokens"] = promptTokens + completionTokens,
    };
}
