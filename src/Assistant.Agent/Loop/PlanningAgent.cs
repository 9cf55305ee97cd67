using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;
using Assistant.Plugins;
using Assistant.Plugins.Capacity;
using Microsoft.Extensions.AI;

namespace Assistant.Agent.Loop;

/// <summary>
/// The chat loop, the same for every brain: send the history and the tool descriptions, run
/// the calls the brain asks for, send back their results, and repeat until the brain answers in
/// words or the round limit is reached.
/// </summary>
public sealed class PlanningAgent(IChatClient brain, ToolBox tools, string systemPrompt, AgentOptions options)
{
    public string BrainName { get; } = brain.GetService<ChatClientMetadata>()?.ProviderName ?? brain.GetType().Name;

    // A brain behind an endpoint is named with the model that answered ("openai · gpt-4o-mini"),
    // as the server reported it; an embedded brain has no model worth naming.
    private readonly bool _namesModel = brain.GetService<ChatClientMetadata>()?.ProviderUri is not null;

    /// <param name="network">A network file the question is about (capacity tools plan it instead of the store's network).</param>
    public async Task<AgentAnswer> AskAsync(IReadOnlyList<ChatMessage> history, string question, CancellationToken cancellationToken = default, string? network = null)
    {
        AgentAnswer? answer = null;
        await foreach (var update in StreamAsync(history, question, cancellationToken, network))
        {
            if (update is AnswerCompleted completed)
            {
                answer = completed.Answer;
            }
        }

        return answer ?? throw new InvalidOperationException("The agent loop ended without an answer.");
    }

    public async IAsyncEnumerable<AgentUpdate> StreamAsync(
        IReadOnlyList<ChatMessage> history, string question, [EnumeratorCancellation] CancellationToken cancellationToken = default, string? network = null)
    {
        var started = Stopwatch.GetTimestamp();
        var messages = new List<ChatMessage> { new(ChatRole.System, systemPrompt) };
        if (!string.IsNullOrWhiteSpace(network))
        {
            messages.Add(ActiveNetwork.Note(network.Trim()));
        }

        messages.AddRange(history.Where(m => m.Role != ChatRole.System));
        messages.Add(new ChatMessage(ChatRole.User, question));
        var chatOptions = new ChatOptions { Tools = [.. tools.Functions], ToolMode = ChatToolMode.Auto };
        var traces = new List<ToolCallTrace>();
        long inputTokens = 0, outputTokens = 0;
        var text = new StringBuilder();
        string? model = null;

        for (var round = 1; ; round++)
        {
            text.Clear();
            var calls = new List<FunctionCallContent>();
            var contents = new List<AIContent>();
            await foreach (var update in brain.GetStreamingResponseAsync(messages, chatOptions, cancellationToken))
            {
                model = update.ModelId ?? model;
                foreach (var content in update.Contents)
                {
                    switch (content)
                    {
                        case TextContent t when !string.IsNullOrEmpty(t.Text):
                            text.Append(t.Text);
                            yield return new AnswerTextDelta(t.Text);
                            break;
                        case FunctionCallContent call:
                            calls.Add(call);
                            contents.Add(call);
                            break;
                        case UsageContent usage:
                            inputTokens += usage.Details.InputTokenCount ?? 0;
                            outputTokens += usage.Details.OutputTokenCount ?? 0;
                            break;
                    }
                }
            }

            if (calls.Count == 0)
            {
                yield return Completed(text.ToString(), round, stoppedAtLimit: false);
                yield break;
            }

            if (round > options.MaxToolRounds)
            {
                var stop = $"I stopped after {options.MaxToolRounds} rounds of tool calls without reaching an answer. "
                    + "The calls I made are listed under \"how I got this\"; try asking a narrower question.";
                yield return new AnswerTextDelta(stop);
                yield return Completed(stop, round, stoppedAtLimit: true);
                yield break;
            }

            if (text.Length > 0)
            {
                contents.Insert(0, new TextContent(text.ToString()));
            }

            messages.Add(new ChatMessage(ChatRole.Assistant, contents));
            var results = new List<AIContent>();
            foreach (var call in calls)
            {
                yield return new ToolCallStarted(call.CallId, call.Name, System.Text.Json.JsonSerializer.Serialize(call.Arguments));

                // A slow tool's progress notes are passed on while it runs.
                var notes = Channel.CreateUnbounded<string>();
                Task<(FunctionResultContent Result, ToolCallTrace Trace)> invoking;
                using (ToolProgress.Listen(note => notes.Writer.TryWrite(note)))
                {
                    invoking = tools.InvokeAsync(call, options.ToolTimeout, cancellationToken);
                }

                while (!invoking.IsCompleted)
                {
                    await Task.WhenAny(invoking, notes.Reader.WaitToReadAsync().AsTask());
                    while (notes.Reader.TryRead(out var note))
                    {
                        yield return new ToolCallProgress(call.CallId, call.Name, note);
                    }
                }

                notes.Writer.TryComplete();
                var (result, trace) = await invoking;
                traces.Add(trace);
                results.Add(result);
                yield return new ToolCallFinished(trace);
            }

            messages.Add(new ChatMessage(ChatRole.Tool, results));
        }

        AnswerCompleted Completed(string answer, int rounds, bool stoppedAtLimit) => new(new AgentAnswer(
            answer, traces.ToList(), new TokenUsage(inputTokens, outputTokens),
            Stopwatch.GetElapsedTime(started).TotalMilliseconds, rounds, stoppedAtLimit,
            _namesModel && !string.IsNullOrEmpty(model) ? $"{BrainName} · {model}" : BrainName));
    }
}
