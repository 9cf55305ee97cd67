using System.Net;
using System.Text.Json;
using Assistant.Agent;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Api;

public sealed class OpenApiDocumentTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task The_document_describes_the_chat_and_every_tool_with_its_argument_schema()
    {
        var document = await GetDocumentAsync();
        var paths = document.GetProperty("paths");
        var functions = app.Services.GetRequiredService<AssistantRuntime>().Plugins.SelectMany(p => p.Functions).ToList();

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        Assert.True(paths.GetProperty("/api/chat").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/chat/sse").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/tools").TryGetProperty("get", out _));
        var toolPaths = paths.EnumerateObject().Where(p => p.Name.StartsWith("/api/tools/", StringComparison.Ordinal)).ToList();
        Assert.Equal(functions.Count, toolPaths.Count);
        foreach (var function in functions)
        {
            var operation = paths.GetProperty($"/api/tools/{function.Name}").GetProperty("post");
            Assert.Equal(function.Name, operation.GetProperty("operationId").GetString());
            Assert.Equal(function.Description, operation.GetProperty("description").GetString());
            var schema = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
            Assert.Equal(Names(function.JsonSchema, "properties"), Names(schema, "properties"));
            Assert.Equal(Required(function.JsonSchema), Required(schema));
        }
    }

    [Fact]
    public async Task The_chat_request_schema_names_the_question()
    {
        var document = await GetDocumentAsync();

        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.GetProperty("ChatRequest").GetProperty("properties").TryGetProperty("question", out _));
        Assert.True(schemas.GetProperty("ChatResponse").GetProperty("properties").TryGetProperty("toolCalls", out _));
    }

    [Fact]
    public async Task Without_a_key_the_document_asks_for_none()
    {
        var document = await GetDocumentAsync();

        Assert.False(document.TryGetProperty("security", out _));
    }

    private async Task<JsonElement> GetDocumentAsync()
    {
        using var response = await app.CreateClient().GetAsync("openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static List<string> Names(JsonElement schema, string property) =>
        schema.TryGetProperty(property, out var value) ? value.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList() : [];

    private static List<string> Required(JsonElement schema) =>
        schema.TryGetProperty("required", out var value) ? value.EnumerateArray().Select(r => r.GetString()!).Order(StringComparer.Ordinal).ToList() : [];
}
