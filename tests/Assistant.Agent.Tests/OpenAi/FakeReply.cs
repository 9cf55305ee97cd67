namespace Assistant.Agent.Tests.OpenAi;

/// <summary>
/// One scripted answer of the fake OpenAI server: a status, headers, and a body written in parts
/// (each part flushed on its own, so a streamed answer really arrives in pieces), after an
/// optional delay before the reply and between its parts (to make the client time out).
/// </summary>
public sealed record FakeReply(
    int Status, string ContentType, IReadOnlyList<string> BodyParts,
    IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default, TimeSpan PartDelay = default)
{
    public static FakeReply Json(string body, int status = 200, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, "application/json", [body], headers);

    /// <summary>Server-sent events: each payload as "data: ...", blank line after each, then "data: [DONE]".</summary>
    public static FakeReply Sse(IEnumerable<string> payloads) =>
        new(200, "text/event-stream", [.. payloads.Select(p => $"data: {p}\n\n"), "data: [DONE]\n\n"]);

    public static FakeReply Error(int status, string message, IReadOnlyDictionary<string, string>? headers = null) =>
        Json(OpenAiWire.Error(message), status, headers);

    public FakeReply After(TimeSpan delay) => this with { Delay = delay };

    public FakeReply Pausing(TimeSpan betweenParts) => this with { PartDelay = betweenParts };
}
