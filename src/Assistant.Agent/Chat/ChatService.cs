using System.Runtime.CompilerServices;
using System.Text.Json;
using Assistant.Agent.Loop;
using Assistant.Core;
using Assistant.Core.Conversations;
using Assistant.Plugins;
using Microsoft.Extensions.AI;

namespace Assistant.Agent.Chat;

/// <summary>
/// A conversation with the agent that is kept in the store: earlier turns are the history of
/// the next question, and each answer is saved with its tool-call trace, so the browser can show
/// "how I got this" for any past answer.
/// </summary>
public sealed class ChatService(PlanningAgent agent, IConversationStore conversations, TimeProvider clock)
{
    public const int MaxQuestionLength = 2000;

    public string BrainName => agent.BrainName;

    /// <param name="network">A network file the question is about; null for the network in the store.</param>
    public async Task<ChatReply> AskAsync(string? conversationId, string question, CancellationToken cancellationToken = default, string? network = null)
    {
        string? id = null;
        AgentAnswer? answer = null;
        await foreach (var update in StreamAsync(conversationId, question, cancellationToken, network))
        {
            switch (update)
            {
                case ConversationOpened opened: id = opened.ConversationId; break;
                case AnswerCompleted completed: answer = completed.Answer; break;
            }
        }

        return new ChatReply(id!, answer!);
    }

    public async IAsyncEnumerable<AgentUpdate> StreamAsync(
        string? conversationId, string question, [EnumeratorCancellation] CancellationToken cancellationToken = default, string? network = null)
    {
        question = question?.Trim() ?? "";
        if (question.Length == 0)
        {
            throw new InputError("The question is empty.");
        }

        if (question.Length > MaxQuestionLength)
        {
            throw new InputError($"The question is {question.Length} characters long; the limit is {MaxQuestionLength}.");
        }

        IReadOnlyList<ChatMessage> history = [];
        if (string.IsNullOrWhiteSpace(conversationId))
        {
            conversationId = await conversations.CreateAsync(question, cancellationToken);
        }
        else if (!await conversations.ExistsAsync(conversationId, cancellationToken))
        {
            throw new InputError($"There is no conversation '{conversationId}'.");
        }
        else
        {
            history = (await conversations.GetMessagesAsync(conversationId, cancellationToken)).Select(ToChatMessage).ToList();
        }

        yield return new ConversationOpened(conversationId);
        await conversations.AppendAsync(conversationId, new StoredMessage("user", question, null, clock.GetUtcNow()), cancellationToken);
        await foreach (var update in agent.StreamAsync(history, question, cancellationToken, network))
        {
            if (update is AnswerCompleted completed)
            {
                var trace = JsonSerializer.Serialize(completed.Answer, PluginJson.Options);
                await conversations.AppendAsync(conversationId, new StoredMessage("assistant", completed.Answer.Text, trace, clock.GetUtcNow()), cancellationToken);
            }

            yield return update;
        }
    }

    /// <summary>Reads back a saved answer's trace (tool calls, timings, brain).</summary>
    public static AgentAnswer? ReadTrace(StoredMessage message) =>
        message.TraceJson is null ? null : JsonSerializer.Deserialize<AgentAnswer>(message.TraceJson, PluginJson.Options);

    private static ChatMessage ToChatMessage(StoredMessage message) =>
        new(message.Role == "user" ? ChatRole.User : ChatRole.Assistant, message.Text);
}
