using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Api;

/// <summary>
/// What the HTTP API is for: a client that knows only /openapi/v1.json finds every tool there and
/// calls it, filling in the required arguments the document names, and gets the function's result.
/// </summary>
public sealed class EveryToolTests(PatientWebAppFixture app) : IClassFixture<PatientWebAppFixture>
{
    // A few tools answer best for a place the planner would pick: truck plans for one lane (a whole
    // site's lanes take seconds), breakdowns below a delivery station, not a sort center.
    private static readonly Dictionary<string, JsonObject> Chosen = new(StringComparer.Ordinal)
    {
        ["truck_plan"] = new() { ["lane"] = "SEA4-GEG1" },
        ["forecast_breakdown"] = new() { ["site"] = "GEG1" },
    };

    [Fact]
    public async Task Every_tool_in_the_openapi_document_answers_a_call_with_its_required_arguments()
    {
        var client = app.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("openapi/v1.json");
        var samples = Samples();

        var answered = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/tools/", StringComparison.Ordinal)))
        {
            var operation = path.Value.GetProperty("post");
            var name = operation.GetProperty("operationId").GetString()!;
            var schema = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
            var arguments = Chosen.TryGetValue(name, out var chosen) ? (JsonObject)chosen.DeepClone() : [];
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var argument in required.EnumerateArray().Select(r => r.GetString()!))
                {
                    arguments[argument] ??= samples[argument].DeepClone();
                }
            }

            using var response = await client.PostAsJsonAsync(path.Name.TrimStart('/'), arguments);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name} {arguments.ToJsonString()}: {(int)response.StatusCode} {body}");
            Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(body).RootElement.ValueKind);
            answered.Add(name);
        }

        Assert.Equal(app.Services.GetRequiredService<Assistant.Agent.AssistantRuntime>().Plugins.Sum(p => p.Functions.Count), answered.Count);
    }

    // What a client would fill in for each required argument any tool has.
    private Dictionary<string, JsonNode> Samples()
    {
        var today = DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        return new Dictionary<string, JsonNode>(StringComparer.Ordinal)
        {
            ["site"] = "PDX2",
            ["lane"] = "SEA4-GEG1",
            ["metric"] = "missort_rate",
            ["date"] = today.AddDays(2).ToString("yyyy-MM-dd"),
            ["changes"] = new JsonArray(new JsonObject { ["kind"] = "scale_demand", ["site"] = "GEG1", ["factor"] = 1.2 }),
        };
    }
}
