using System.Text.Json;

namespace Assistant.Web.Api;

/// <summary>One entry of GET /api/tools: what a client needs to call the function itself.</summary>
/// <param name="Parameters">The function's arguments as JSON Schema (the same schema an LLM is given).</param>
/// <param name="Path">Where to POST the arguments.</param>
public sealed record ToolDescription(string Name, string Description, JsonElement Parameters, string Path);
