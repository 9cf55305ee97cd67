using System.Text.Json;
using Assistant.Agent.Chat;
using Assistant.Agent.Loop;

namespace Assistant.Web.Api;

/// <summary>The answer of POST /api/chat (and the data of the SSE "done" event): the text and everything behind it.</summary>
public sealed record ChatResponse(
    string ConversationId,
    string Answer,
    string Brain,
    IReadOnlyList<ToolCallReport> ToolCalls,
    ChatTimings Timings,
    ChatUsage Usage,
    bool StoppedAtRoundLimit)
{
    public static ChatResponse From(ChatReply reply, double totalMs)
    {
        var answer = reply.Answer;
        var calls = answer.ToolCalls.Select(ToolCallReport.From).ToList();
        return new ChatResponse(
            reply.ConversationId,
            answer.Text,
            answer.Brain,
            calls,
            new ChatTimings(Math.Round(totalMs, 1), Math.Round(answer.ElapsedMs, 1), Math.Round(calls.Sum(c => c.Ms), 1), answer.Rounds),
            new ChatUsage(answer.Usage.InputTokens, answer.Usage.OutputTokens, answer.Usage.TotalTokens),
            answer.StoppedAtRoundLimit);
    }
}

/// <summary>One tool call: arguments and result as JSON (not JSON in a string), so a client can read the numbers.</summary>
/// <param name="Outcome">ok, input_error, internal_error, unknown_tool or timed_out.</param>
public sealed record ToolCallReport(string CallId, string Tool, JsonElement Arguments, string Outcome, JsonElement Result, double Ms)
{
    public static ToolCallReport From(ToolCallTrace trace) => new(
        trace.CallId,
        trace.Tool,
        Parse(trace.ArgumentsJson),
        JsonNamingPolicy.SnakeCaseLower.ConvertName(trace.Outcome.ToString()),
        Parse(trace.ResultJson),
        Math.Round(trace.DurationMs, 1));

    internal static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}

/// <param name="TotalMs">The whole request, store reads and writes included.</param>
/// <param name="AgentMs">The agent loop: brain and tools.</param>
/// <param name="ToolsMs">The tool calls added up.</param>
/// <param name="Rounds">How many times the brain asked for tools.</param>
public sealed record ChatTimings(double TotalMs, double AgentMs, double ToolsMs, int Rounds);

/// <summary>Tokens the brain used; zero for the offline brain, which reads no tokens.</summary>
public sealed record ChatUsage(long InputTokens, long OutputTokens, long TotalTokens);
