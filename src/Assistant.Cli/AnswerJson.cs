using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Agent.Chat;
using Assistant.Plugins;

namespace Assistant.Cli;

/// <summary>The --json form of an answer: for scripts and other programs.</summary>
public static class AnswerJson
{
    public static string Render(string question, ChatReply reply)
    {
        var answer = reply.Answer;
        var calls = new JsonArray();
        foreach (var call in answer.ToolCalls)
        {
            calls.Add(new JsonObject
            {
                ["tool"] = call.Tool,
                ["arguments"] = JsonNode.Parse(call.ArgumentsJson),
                ["outcome"] = JsonNamingPolicy.SnakeCaseLower.ConvertName(call.Outcome.ToString()),
                ["duration_ms"] = Math.Round(call.DurationMs, 3),
                ["result"] = JsonNode.Parse(call.ResultJson),
            });
        }

        var document = new JsonObject
        {
            ["question"] = question,
            ["answer"] = answer.Text,
            ["conversation_id"] = reply.ConversationId,
            ["brain"] = answer.Brain,
            ["tool_calls"] = calls,
            ["timings"] = new JsonObject
            {
                ["total_ms"] = Math.Round(answer.ElapsedMs, 3),
                ["tools_ms"] = Math.Round(answer.ToolCalls.Sum(c => c.DurationMs), 3),
                ["rounds"] = answer.Rounds,
            },
            ["usage"] = new JsonObject
            {
                ["input_tokens"] = answer.Usage.InputTokens,
                ["output_tokens"] = answer.Usage.OutputTokens,
            },
        };
        return document.ToJsonString(new JsonSerializerOptions(PluginJson.Options) { WriteIndented = true });
    }
}
