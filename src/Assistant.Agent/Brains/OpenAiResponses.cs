using Microsoft.Extensions.AI;
using OpenAI.Chat;
using AiChatFinishReason = Microsoft.Extensions.AI.ChatFinishReason;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using OpenAiChatFinishReason = OpenAI.Chat.ChatFinishReason;

namespace Assistant.Agent.Brains;

/// <summary>OpenAI's chat completions in Microsoft.Extensions.AI's terms.</summary>
public static class OpenAiResponses
{
    public static ChatResponse Response(ChatCompletion completion)
    {
        var contents = new List<AIContent>();
        var text = Text(completion.Content) + (completion.Refusal ?? "");
        if (text.Length > 0)
        {
            contents.Add(new TextContent(text));
        }

        foreach (var call in completion.ToolCalls)
        {
            contents.Add(StreamedToolCalls.Parse(call.Id, call.FunctionName, call.FunctionArguments?.ToString()));
        }

        return new ChatResponse(new AiChatMessage(ChatRole.Assistant, contents) { MessageId = completion.Id })
        {
            ResponseId = completion.Id,
            ModelId = completion.Model,
            CreatedAt = completion.CreatedAt,
            FinishReason = FinishReason(completion.FinishReason),
            Usage = Usage(completion.Usage),
        };
    }

    public static string Text(IEnumerable<ChatMessageContentPart>? parts) =>
        string.Concat((parts ?? []).Where(p => p.Kind == ChatMessageContentPartKind.Text).Select(p => p.Text));

    public static UsageDetails? Usage(ChatTokenUsage? usage) => usage is null ? null : new UsageDetails
    {
        InputTokenCount = usage.InputTokenCount,
        OutputTokenCount = usage.OutputTokenCount,
        TotalTokenCount = usage.TotalTokenCount,
    };

    public static AiChatFinishReason? FinishReason(OpenAiChatFinishReason? reason) => reason switch
    {
        OpenAiChatFinishReason.Stop => AiChatFinishReason.Stop,
        OpenAiChatFinishReason.Length => AiChatFinishReason.Length,
        OpenAiChatFinishReason.ContentFilter => AiChatFinishReason.ContentFilter,
        OpenAiChatFinishReason.ToolCalls or OpenAiChatFinishReason.FunctionCall => AiChatFinishReason.ToolCalls,
        _ => null,
    };
}
