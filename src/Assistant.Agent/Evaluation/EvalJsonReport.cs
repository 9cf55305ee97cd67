using System.Text.Json;
using System.Text.Json.Nodes;

namespace Assistant.Agent.Evaluation;

/// <summary>The report as JSON, for tools: metrics, and per case every run's checks, tool calls and answers.</summary>
public static class EvalJsonReport
{
    public static string Render(EvalReport report)
    {
        var m = report.Metrics;
        var root = new JsonObject
        {
            ["brain"] = report.Brain,
            ["started"] = report.Started.ToString("O"),
            ["wall_seconds"] = Math.Round(report.WallSeconds, 2),
            ["sources"] = new JsonArray(report.Sources.Select(s => (JsonNode?)s).ToArray()),
            ["metrics"] = new JsonObject
            {
                ["cases"] = m.Cases,
                ["cases_passed"] = m.CasesPassed,
                ["runs"] = m.Runs,
                ["runs_passed"] = m.RunsPassed,
                ["repeat"] = m.Repeat,
                ["pass_pow_k"] = m.PassPowK,
                ["pass_at_1"] = m.PassAt1,
                ["tool_selection_accuracy"] = Share(m.ToolSelection),
                ["argument_accuracy"] = Share(m.Arguments),
                ["answer_accuracy"] = Share(m.AnswerAccuracy),
                ["groundedness"] = Share(m.Groundedness),
                ["turn_latency_ms"] = new JsonObject { ["p50"] = Math.Round(m.TurnLatencyP50Ms, 1), ["p95"] = Math.Round(m.TurnLatencyP95Ms, 1) },
                ["case_latency_ms"] = new JsonObject { ["p50"] = Math.Round(m.CaseLatencyP50Ms, 1), ["p95"] = Math.Round(m.CaseLatencyP95Ms, 1) },
                ["tokens"] = new JsonObject { ["input"] = m.InputTokens, ["output"] = m.OutputTokens },
            },
            ["cases"] = new JsonArray(report.Cases.Select(c => (JsonNode?)Case(c)).ToArray()),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Share(Share share) =>
        new() { ["rate"] = share.Rate, ["passed"] = share.Passed, ["measured"] = share.Measured };

    private static JsonObject Case(EvalCaseResult result) => new()
    {
        ["suite"] = result.Suite,
        ["file"] = result.File,
        ["id"] = result.Case.Id,
        ["turns"] = new JsonArray(result.Case.Turns.Select(t => (JsonNode?)t).ToArray()),
        ["passed"] = result.Passed,
        ["reason"] = result.FailureReason,
        ["runs"] = new JsonArray(result.Runs.Select(r => (JsonNode?)Run(r)).ToArray()),
    };

    private static JsonObject Run(EvalRun run) => new()
    {
        ["attempt"] = run.Attempt,
        ["passed"] = run.Passed,
        ["error"] = run.Error,
        ["elapsed_ms"] = Math.Round(run.ElapsedMs, 1),
        ["checks"] = new JsonArray(run.Checks.Select(c => (JsonNode?)new JsonObject
        {
            ["name"] = c.Name,
            ["passed"] = c.Passed,
            ["reason"] = c.Reason,
        }).ToArray()),
        ["turns"] = new JsonArray(run.Turns.Select(t => (JsonNode?)new JsonObject
        {
            ["question"] = t.Question,
            ["answer"] = t.Answer.Text,
            ["elapsed_ms"] = Math.Round(t.Answer.ElapsedMs, 1),
            ["input_tokens"] = t.Answer.Usage.InputTokens,
            ["output_tokens"] = t.Answer.Usage.OutputTokens,
            ["tool_calls"] = new JsonArray(t.Answer.ToolCalls.Select(c => (JsonNode?)new JsonObject
            {
                ["tool"] = c.Tool,
                ["arguments"] = JsonNode.Parse(c.ArgumentsJson),
                ["outcome"] = c.Outcome.ToString(),
                ["duration_ms"] = Math.Round(c.DurationMs, 1),
            }).ToArray()),
        }).ToArray()),
    };
}
