using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenAI.Chat;

namespace Assistant.Agent.Brains;

/// <summary>
/// Tool calls as they arrive in a streamed answer: the first fragment of a call carries its
/// index, id and function name, later ones only the index and a piece of the arguments' JSON
/// (split anywhere, even inside a string). Fragments are joined by index; the calls are complete
/// only when the stream ends. A server that sends every call at index 0 (some compatible ones do)
/// is still read right, because a new id at a used index starts a new call.
/// </summary>
public sealed class StreamedToolCalls
{
    private readonly List<Call> _calls = [];

    public bool Any => _calls.Count > 0;

    public void Add(StreamingChatToolCallUpdate fragment) =>
        Add(fragment.Index, fragment.ToolCallId, fragment.FunctionName, fragment.FunctionArgumentsUpdate?.ToString());

    public void Add(int index, string? id, string? name, string? argumentsPiece)
    {
        var call = _calls.LastOrDefault(c => c.Index == index);
        if (call is null || (!string.IsNullOrEmpty(id) && call.Id is not null && call.Id != id))
        {
            call = new Call(index);
            _calls.Add(call);
        }

        call.Id ??= string.IsNullOrEmpty(id) ? null : id;
        if (!string.IsNullOrEmpty(name))
        {
            call.Name.Append(name);
        }

        call.Arguments.Append(argumentsPiece);
    }

    /// <summary>The complete calls, in the order they began.</summary>
    public IReadOnlyList<FunctionCallContent> Complete() =>
        _calls.Select((call, i) => Parse(call.Id ?? $"call_{i}", call.Name.ToString(), call.Arguments.ToString())).ToList();

    /// <summary>
    /// A call whose arguments are not a JSON object keeps the parse error on the content
    /// (<see cref="FunctionCallContent.Exception"/>) instead of failing the whole answer; the tool
    /// then reports what is missing and the model can try again.
    /// </summary>
    public static FunctionCallContent Parse(string callId, string name, string? argumentsJson) =>
        FunctionCallContent.CreateFromParsedArguments(argumentsJson ?? "", callId, name, json =>
            string.IsNullOrWhiteSpace(json) ? new Dictionary<string, object?>()
                : JsonSerializer.Deserialize<Dictionary<string, object?>>(json, AIJsonUtilities.DefaultOptions));

    private sealed class Call(int index)
    {
        public int Index { get; } = index;

        public string? Id { get; set; }

        public StringBuilder Name { get; } = new();

        public StringBuilder Arguments { get; } = new();
    }
}
