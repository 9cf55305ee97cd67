using System.Text.Json;

namespace Assistant.Web.Api;

/// <summary>The data of the SSE event "tool_call_started".</summary>
public sealed record ToolCallStartedData(string CallId, string Tool, JsonElement Arguments);

/// <summary>The data of the SSE event "text": the next piece of the answer (append the pieces).</summary>
public sealed record TextData(string Text);
