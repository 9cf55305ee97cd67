using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Assistant.Agent.Tests;

/// <summary>
/// A brain that plays back a script: each call returns the next scripted response (or, when
/// the script is a function, whatever it computes from the messages) and records what it saw.
/// </summary>
public sealed class ScriptedBrain(params Func<IReadOnlyList<ChatMessage>, ChatResponse>[] script) : IChatClient
{
    private int _next;

    public List<IReadOnlyList<ChatMessage>> Seen { get; } = [];

    public static ChatResponse Calls(params FunctionCallContent[] calls) =>
        new(new ChatMessage(ChatRole.Assistant, [.. calls])) { Usage = new UsageDetails { InputTokenCount = 100, OutputTokenCount = 10 } };

    public static ChatResponse Says(string text) =>
        new(new ChatMessage(ChatRole.Assistant, text)) { Usage = new UsageDetails { InputTokenCount = 50, OutputTokenCount = 5 } };

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var list = messages.ToList();
        Seen.Add(list);
        var step = script[Math.Min(_next++, script.Length - 1)];
        return Task.FromResult(step(list));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("scripted") : null;

    public void Dispose()
    {
    }
}
