using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Web.Chat;

namespace Assistant.Web.Tests;

/// <summary>Asks through POST /api/chat/stream and reads the whole stream back, line by line.</summary>
public static class ChatStream
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IReadOnlyList<ChatStreamEvent>> AskAsync(HttpClient client, string question, string? conversationId = null, string? network = null)
    {
        using var response = await client.PostAsJsonAsync(ChatStreamEndpoint.Path.TrimStart('/'), new ChatQuestion(conversationId, question, network));
        response.EnsureSuccessStatusCode();
        Assert.StartsWith("application/x-ndjson", response.Content.Headers.ContentType?.ToString());
        var body = await response.Content.ReadAsStringAsync();
        return body.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<ChatStreamEvent>(line, Json)!)
            .ToList();
    }
}
