using System.Text.Json;

namespace Assistant.Agent.Tests.OpenAi;

/// <summary>What the fake server received: path, the two key headers, and the JSON body.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, string? ApiKey, JsonElement Body)
{
    public JsonElement Messages => Body.GetProperty("messages");

    public bool Streams => Body.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True;
}
