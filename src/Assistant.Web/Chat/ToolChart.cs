namespace Assistant.Web.Chat;

/// <summary>A chart a tool call returned: its Vega-Lite spec as JSON text, its title, and which call it came from.</summary>
public sealed record ToolChart(string CallId, string Tool, string Title, string SpecJson);
