using System.Globalization;
using System.Text;

namespace Assistant.Agent.Evaluation;

/// <summary>The report as Markdown, for people: the metrics, then every case with its reason when it failed.</summary>
public static class EvalMarkdownReport
{
    public static string Render(EvalReport report)
    {
        var m = report.Metrics;
        var text = new StringBuilder();
        text.AppendLine("# Evaluation report").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Brain **{report.Brain}**, {m.Cases} cases in {report.BySuite.Count()} suites, {m.Repeat} run{(m.Repeat == 1 ? "" : "s")} each, "
            + $"run {report.Started:yyyy-MM-dd HH:mm} UTC in {report.WallSeconds:0.0} s (including creating the demo store).").AppendLine();
        text.AppendLine("| metric | value |").AppendLine("| --- | --- |");
        foreach (var (name, value) in Summary(report))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {value} |");
        }

        var failed = report.Cases.Where(c => !c.Passed).ToList();
        text.AppendLine().AppendLine("## Failures").AppendLine();
        if (failed.Count == 0)
        {
            text.AppendLine("None.");
        }
        else
        {
            foreach (var result in failed)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- **{result.Case.Id}** ({result.Suite}, {result.RunsPassed}/{result.Runs.Count} runs passed): {Cell(Question(result))} — {Cell(result.FailureReason)}");
            }
        }

        foreach (var suite in report.BySuite)
        {
            var cases = suite.ToList();
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {suite.Key} ({cases.Count(c => c.Passed)}/{cases.Count} passed)").AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"`{cases[0].File}`").AppendLine();
            text.AppendLine("| case | question | tools called | result | ms |").AppendLine("| --- | --- | --- | --- | ---: |");
            foreach (var result in cases)
            {
                var run = result.Runs.FirstOrDefault(r => !r.Passed) ?? result.Runs[0];
                var tools = run.Turns.Count == 0 ? "" : string.Join(", ", run.Turns[^1].Answer.ToolCalls.Select(c => c.Tool));
                var outcome = result.Passed ? "pass" : $"**fail**: {result.FailureReason}";
                text.AppendLine(CultureInfo.InvariantCulture, $"| {result.Case.Id} | {Cell(Question(result))} | {(tools.Length == 0 ? "none" : tools)} | {Cell(outcome)} | {run.ElapsedMs:0} |");
            }
        }

        return text.ToString();
    }

    /// <summary>The overall metrics as (name, value) rows; the CLI prints the same table.</summary>
    public static IReadOnlyList<(string Name, string Value)> Summary(EvalReport report)
    {
        var m = report.Metrics;
        return
        [
            ("cases passed", $"{m.CasesPassed}/{m.Cases} ({m.PassPowK:P1})"),
            ($"pass^{m.Repeat} (every run of a case passed)", $"{m.PassPowK:P1}"),
            ("pass@1 (runs passed)", $"{m.PassAt1:P1} ({m.RunsPassed}/{m.Runs})"),
            ("tool selection accuracy", m.ToolSelection.ToString()),
            ("argument accuracy", m.Arguments.ToString()),
            ("answer accuracy", m.AnswerAccuracy.ToString()),
            ("groundedness", m.Groundedness.ToString()),
            ("latency per turn p50 / p95", FormattableString.Invariant($"{m.TurnLatencyP50Ms:0} ms / {m.TurnLatencyP95Ms:0} ms")),
            ("latency per case p50 / p95", FormattableString.Invariant($"{m.CaseLatencyP50Ms:0} ms / {m.CaseLatencyP95Ms:0} ms")),
            ("tokens in / out", FormattableString.Invariant($"{m.InputTokens:N0} / {m.OutputTokens:N0}")),
        ];
    }

    private static string Question(EvalCaseResult result) => string.Join(" → ", result.Case.Turns);

    private static string Cell(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
}
