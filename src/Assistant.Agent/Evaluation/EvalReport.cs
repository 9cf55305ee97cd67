namespace Assistant.Agent.Evaluation;

/// <summary>Everything an evaluation found: per case results and the overall metrics.</summary>
public sealed record EvalReport(string Brain, DateTimeOffset Started, double WallSeconds, IReadOnlyList<string> Sources, IReadOnlyList<EvalCaseResult> Cases)
{
    public EvalMetrics Metrics { get; } = EvalMetrics.From(Cases);

    public IEnumerable<IGrouping<string, EvalCaseResult>> BySuite => Cases.GroupBy(c => c.Suite);
}
