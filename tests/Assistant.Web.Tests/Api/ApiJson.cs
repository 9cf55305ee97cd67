using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Assistant.Web.Tests.Api;

/// <summary>Calls the HTTP API the way any client would: JSON in, JSON (or problem details) out.</summary>
public static class ApiJson
{
    public static async Task<(HttpStatusCode Status, JsonElement Body, string? MediaType)> PostAsync(HttpClient client, string path, object? body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        return (response.StatusCode, await ReadAsync(response), response.Content.Headers.ContentType?.MediaType);
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body, string? MediaType)> PostRawAsync(HttpClient client, string path, string json)
    {
        using var response = await client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        return (response.StatusCode, await ReadAsync(response), response.Content.Headers.ContentType?.MediaType);
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (string.IsNullOrWhiteSpace(text))
        {
            return default;
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
