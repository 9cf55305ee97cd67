using System.Runtime.CompilerServices;
using System.Text.Json;
using Assistant.Core;
using Assistant.Core.Network;
using Assistant.Optimization.Network;
using Assistant.Plugins.Capacity;
using Assistant.Core.Store;
using Assistant.Plugins.Questions;
using Microsoft.Extensions.AI;

namespace Assistant.Agent.Offline;

/// <summary>
/// The embedded brain: no key, no network, deterministic. It reads the operator's question,
/// asks for tools through the same function-calling protocol an LLM uses, and writes the answer
/// from templates filled with the tools' results, so it never states a number a tool did not
/// return. Context comes from the conversation itself: earlier user questions are re-read in
/// order, so a follow-up means the same after a restart as before it.
/// </summary>
public sealed class OfflinePlanner(
    IReadOnlyList<QuestionIntent> intents,
    INetworkStore store,
    NetworkFiles networkFiles,
    AnswerWriter writer,
    TimeProvider clock) : IChatClient
{
    public const string ProviderName = "offline";

    private readonly ChatClientMetadata _metadata = new(ProviderName, null, "offline-planner");
    private readonly Lock _gate = new();
    private (NetworkCatalog Catalog, DateOnly Today, FlowNetwork? File, QuestionInterpreter Interpreter)? _cached;

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var history = messages.ToList();
        var lastUser = history.FindLastIndex(m => m.Role == ChatRole.User);
        if (lastUser < 0)
        {
            return Say(writer.Help(intents));
        }

        QuestionInterpreter interpreter;
        try
        {
            interpreter = await InterpreterAsync(ActiveNetwork.Find(history), cancellationToken);
        }
        catch (InputError error)
        {
            // A network file that is gone or broken: say so rather than answer about another network.
            return Say(error.Message);
        }

        Interpretation? context = null;
        foreach (var earlier in history.Take(lastUser).Where(m => m.Role == ChatRole.User))
        {
            context = Remember(interpreter.Interpret(earlier.Text, context), context);
        }

        var now = interpreter.Interpret(history[lastUser].Text, context);
        var turn = history.Skip(lastUser + 1).ToList();
        var results = Results(turn);
        if (results.Count > 0)
        {
            return Say(writer.FromResults(results));
        }

        switch (now.Kind)
        {
            case InterpretationKind.Help:
                return Say(writer.Help(intents));
            case InterpretationKind.Thanks:
                return Say(writer.Thanks());
            case InterpretationKind.OutOfScope:
                return Say(writer.OutOfScope(intents));
            case InterpretationKind.UnknownPlace:
                return Say(writer.UnknownPlace(now.UnknownPlaces, interpreter.Places.Catalog));
        }

        var plan = now.Plan!;
        if (plan.Clarification is { } clarification)
        {
            return Say(clarification);
        }

        var available = options?.Tools?.OfType<AIFunctionDeclaration>().Select(t => t.Name).ToHashSet(StringComparer.Ordinal) ?? [];
        var missing = plan.Calls.FirstOrDefault(c => !available.Contains(c.Tool));
        if (missing is not null)
        {
            return Say(writer.MissingTool(missing.Tool));
        }

        var calls = plan.Calls
            .Select((call, i) => (AIContent)new FunctionCallContent($"call_{lastUser}_{i + 1}", call.Tool, call.Arguments.ToDictionary(kv => kv.Key, kv => kv.Value)))
            .ToList();
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, calls)) { ModelId = _metadata.DefaultModelId };
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var message in response.Messages)
        {
            var calls = message.Contents.OfType<FunctionCallContent>().ToList();
            if (calls.Count > 0)
            {
                yield return new ChatResponseUpdate(ChatRole.Assistant, [.. calls]);
            }

            // Stream the words in small pieces, as an LLM would, so the browser shows the answer growing.
            var text = message.Text;
            for (var at = 0; at < text.Length;)
            {
                var next = text.IndexOf(' ', Math.Min(text.Length, at + 24));
                next = next < 0 ? text.Length : next + 1;
                yield return new ChatResponseUpdate(ChatRole.Assistant, text[at..next]);
                at = next;
            }
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(ChatClientMetadata) ? _metadata
        : serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }

    /// <summary>A question that was not understood leaves the context as it was.</summary>
    private static Interpretation? Remember(Interpretation now, Interpretation? before) =>
        now.Intent is not null ? now : before;

    private static List<(string Tool, JsonElement Result)> Results(List<ChatMessage> turn)
    {
        var names = turn.SelectMany(m => m.Contents.OfType<FunctionCallContent>()).ToDictionary(c => c.CallId, c => c.Name);
        return turn.SelectMany(m => m.Contents.OfType<FunctionResultContent>())
            .Select(r => (names.GetValueOrDefault(r.CallId, "unknown"), ToJson(r.Result)))
            .ToList();
    }

    private static JsonElement ToJson(object? result) => result switch
    {
        JsonElement element => element,
        null => JsonDocument.Parse("null").RootElement,
        string s => JsonDocument.Parse(s).RootElement,
        _ => JsonSerializer.SerializeToElement(result),
    };

    private ChatResponse Say(string text) => new(new ChatMessage(ChatRole.Assistant, text)) { ModelId = _metadata.DefaultModelId };

    private async Task<QuestionInterpreter> InterpreterAsync(string? network, CancellationToken cancellationToken)
    {
        var catalog = await store.GetCatalogAsync(cancellationToken);
        var file = network is null ? null : networkFiles.Load(network);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        lock (_gate)
        {
            if (_cached is { } c && ReferenceEquals(c.Catalog, catalog) && c.Today == today && ReferenceEquals(c.File, file))
            {
                return c.Interpreter;
            }

            // A network file's sites are recognised by their ids, before the store's own.
            var places = file is null
                ? new PlaceIndex(catalog)
                : new PlaceIndex(FlowNetworkCatalog.Merge(file, catalog), network, file.Classes);
            var interpreter = new QuestionInterpreter(new IntentMatcher(intents, places, today), places, today);
            _cached = (catalog, today, file, interpreter);
            return interpreter;
        }
    }
}
