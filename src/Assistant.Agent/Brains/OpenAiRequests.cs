using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using OpenAiChatMessage = OpenAI.Chat.ChatMessage;

namespace Assistant.Agent.Brains;

/// <summary>
/// The conversation and options of Microsoft.Extensions.AI, in OpenAI's chat-completions terms:
/// text, the assistant's tool calls (arguments as JSON), each tool result as a "tool" message
/// tied to its call by tool_call_id, and the tools as functions with their JSON schemas.
/// </summary>
public static class OpenAiRequests
{
    public static List<OpenAiChatMessage> Messages(IEnumerable<AiChatMessage> messages)
    {
        var mapped = new List<OpenAiChatMessage>();
        foreach (var message in messages)
        {
            if (message.Role == ChatRole.System)
            {
                mapped.Add(new SystemChatMessage(message.Text));
            }
            else if (message.Role == ChatRole.User)
            {
                mapped.Add(new UserChatMessage(message.Text));
            }
            else if (message.Role == ChatRole.Assistant)
            {
                mapped.Add(Assistant(message));
            }
            else if (message.Role == ChatRole.Tool)
            {
                mapped.AddRange(message.Contents.OfType<FunctionResultContent>().Select(r => new ToolChatMessage(r.CallId, ResultText(r.Result))));
            }
            else
            {
                throw new ArgumentException($"The openai brain cannot send a message in the role '{message.Role}'.", nameof(messages));
            }
        }

        return mapped;
    }

    public static ChatCompletionOptions Options(ChatOptions? options)
    {
        var mapped = new ChatCompletionOptions();
        if (options is null)
        {
            return mapped;
        }

        mapped.Temperature = options.Temperature;
        mapped.TopP = options.TopP;
        mapped.MaxOutputTokenCount = options.MaxOutputTokens;
        mapped.FrequencyPenalty = options.FrequencyPenalty;
        mapped.PresencePenalty = options.PresencePenalty;
        foreach (var stop in options.StopSequences ?? [])
        {
            mapped.StopSequences.Add(stop);
        }

        foreach (var function in options.Tools?.OfType<AIFunctionDeclaration>() ?? [])
        {
            mapped.Tools.Add(ChatTool.CreateFunctionTool(
                function.Name, function.Description, BinaryData.FromString(function.JsonSchema.GetRawText())));
        }

        // Tool choice and parallel calls are only allowed alongside tools; some servers reject them otherwise.
        if (mapped.Tools.Count > 0)
        {
            mapped.AllowParallelToolCalls = options.AllowMultipleToolCalls;
            mapped.ToolChoice = options.ToolMode switch
            {
                NoneChatToolMode => ChatToolChoice.CreateNoneChoice(),
                RequiredChatToolMode { RequiredFunctionName: { } name } => ChatToolChoice.CreateFunctionChoice(name),
                RequiredChatToolMode => ChatToolChoice.CreateRequiredChoice(),
                AutoChatToolMode => ChatToolChoice.CreateAutoChoice(),
                _ => null,
            };
        }

        return mapped;
    }

    /// <summary>A tool result as the text the model reads: JSON as it is, a string as it is, anything else serialized.</summary>
    public static string ResultText(object? result) => result switch
    {
        null => "null",
        string text => text,
        JsonElement json => json.GetRawText(),
        _ => JsonSerializer.Serialize(result, AIJsonUtilities.DefaultOptions),
    };

    private static AssistantChatMessage Assistant(AiChatMessage message)
    {
        var calls = message.Contents.OfType<FunctionCallContent>()
            .Select(call => ChatToolCall.CreateFunctionToolCall(call.CallId, call.Name, BinaryData.FromString(
                JsonSerializer.Serialize(call.Arguments ?? new Dictionary<string, object?>(), AIJsonUtilities.DefaultOptions))))
            .ToList();
        var text = string.Concat(message.Contents.OfType<TextContent>().Select(t => t.Text));
        if (calls.Count == 0)
        {
            return new AssistantChatMessage(text);
        }

        var assistant = new AssistantChatMessage(calls);
        if (text.Length > 0)
        {
            assistant.Content.Add(ChatMessageContentPart.CreateTextPart(text));
        }

        return assistant;
    }
}
