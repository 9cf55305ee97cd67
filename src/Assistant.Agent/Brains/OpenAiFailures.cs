using System.ClientModel;
using System.Text.Json;

namespace Assistant.Agent.Brains;

/// <summary>
/// What went wrong talking to the service, in words an operator can act on. Built from the status
/// and the service's own error message, never from the SDK's exception text (which carries
/// response headers and body), and with the key cut out should a server ever echo it.
/// </summary>
public sealed class OpenAiFailures(Uri endpoint, string model, string? apiKey, TimeSpan timeout, int maxRetries)
{
    private string Where => $"the openai brain ({model} at {endpoint.GetLeftPart(UriPartial.Path)})";

    /// <summary>The failure to throw instead of <paramref name="error"/>, or null to let it pass (the caller's own cancellation).</summary>
    public BrainFailure? Translate(Exception error, CancellationToken cancellationToken) => error switch
    {
        BrainFailure => null,
        // The SDK's retry policy gathers every try's failure; the last one says how it ended.
        AggregateException { InnerExceptions.Count: > 0 } all => Translate(all.InnerExceptions[^1], cancellationToken),
        OperationCanceledException when cancellationToken.IsCancellationRequested => null,
        ClientResultException { Status: 0 } result => new BrainFailure(
            $"Could not reach {Where}{Retried}: {Redact(Innermost(result).Message)}", null),
        ClientResultException result => FromStatus(result),
        OperationCanceledException or TimeoutException => new BrainFailure(
            $"{Capital(Where)} did not answer within {timeout.TotalSeconds:0.#} seconds{Retried}."),
        HttpRequestException or IOException => new BrainFailure($"Could not reach {Where}{Retried}: {Redact(error.Message)}"),
        _ => new BrainFailure(
            $"{Capital(Where)} sent a response that is not a chat completion ({error.GetType().Name}: {Redact(Shorten(error.Message))}). "
            + "Is the endpoint an OpenAI-compatible /v1 address?", null, error),
    };

    private string Retried => maxRetries > 0 ? $" (tried {maxRetries + 1} times)" : "";

    private BrainFailure FromStatus(ClientResultException result)
    {
        var said = ServiceMessage(result) is { } message ? $": {message}" : ".";
        var text = result.Status switch
        {
            401 or 403 => $"{Capital(Where)} refused the API key ({result.Status}){said} Check Assistant:OpenAI:ApiKey.",
            404 => $"{Capital(Where)} knows no such model or address (404){said} Check Assistant:OpenAI:Endpoint and Assistant:OpenAI:Model.",
            429 => $"{Capital(Where)} is rate-limiting requests (429){Retried}{said}",
            >= 500 => $"{Capital(Where)} failed ({result.Status}){Retried}{said}",
            _ => $"{Capital(Where)} rejected the request ({result.Status}){said}",
        };
        return new BrainFailure(text, result.Status);
    }

    /// <summary>error.message from an OpenAI-style error body, if the body is one.</summary>
    private string? ServiceMessage(ClientResultException result)
    {
        try
        {
            var body = result.GetRawResponse()?.Content?.ToString();
            if (string.IsNullOrWhiteSpace(body))
            {
                return null;
            }

            using var json = JsonDocument.Parse(body);
            var message = json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("error", out var e)
                ? e.ValueKind == JsonValueKind.Object && e.TryGetProperty("message", out var m) ? m.GetString() : e.ValueKind == JsonValueKind.String ? e.GetString() : null
                : null;
            return message is null ? null : Redact(Shorten(message));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private string Redact(string text) =>
        string.IsNullOrEmpty(apiKey) ? text : text.Replace(apiKey, "[key]", StringComparison.Ordinal);

    private static Exception Innermost(Exception error) => error.InnerException is { } inner ? Innermost(inner) : error;

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
