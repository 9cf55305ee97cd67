using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Agent.Loop;

namespace Assistant.Web.Chat;

/// <summary>Reads what the page needs out of tool results: chart specs, and JSON fit for a person to read.</summary>
public static class ToolResults
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        // The text is shown inside <pre> by Razor, which escapes it; \u-escapes would only hurt reading.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The charts of the calls whose result has an object "chart", in call order.</summary>
    public static IReadOnlyList<ToolChart> Charts(AgentAnswer answer) =>
        answer.ToolCalls
            .Select(ChartOf)
            .OfType<ToolChart>()
            .ToList();

    /// <summary>Indented JSON, or the text as it came when it is not JSON (a tool may fail with plain text).</summary>
    public static string Pretty(string json)
    {
        try
        {
            return JsonNode.Parse(json)?.ToJsonString(Indented) ?? json;
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static ToolChart? ChartOf(ToolCallTrace call)
    {
        try
        {
            if (JsonNode.Parse(call.ResultJson) is not JsonObject result || result["chart"] is not JsonObject chart)
            {
                return null;
            }

            // Vega-Lite allows a title object ({"text": ...}) as well as plain text.
            var title = chart["title"] switch
            {
                JsonValue text when text.TryGetValue(out string? plain) => plain,
                JsonObject titled when titled["text"] is JsonValue text && text.TryGetValue(out string? inner) => inner,
                _ => null,
            };
            return new ToolChart(call.CallId, call.Tool, title ?? $"Chart from {call.Tool}", chart.ToJsonString());
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
