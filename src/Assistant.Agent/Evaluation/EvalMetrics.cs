namespace Assistant.Agent.Evaluation;

/// <summary>
/// The overall numbers of an evaluation. Accuracies are over runs, each counting only the runs
/// whose case asks for that check; pass^k is the share of cases that passed all k runs.
/// </summary>
public sealed record EvalMetrics(
    int Cases,
    int CasesPassed,
    int Runs,
    int RunsPassed,
    int Repeat,
    Share ToolSelection,
    Share Arguments,
    Share AnswerAccuracy,
    Share Groundedness,
    double TurnLatencyP50Ms,
    double TurnLatencyP95Ms,
    double CaseLatencyP50Ms,
    double CaseLatencyP95Ms,
    long InputTokens,
    long OutputTokens)
{
    /// <summary>pass^k: the share of cases whose every run passed (with one run, the pass rate).</summary>
    public double PassPowK => Cases == 0 ? 0 : (double)CasesPassed / Cases;

    /// <summary>pass@1: the share of runs that passed.</summary>
    public double PassAt1 => Runs == 0 ? 0 : (double)RunsPassed / Runs;

    public static EvalMetrics From(IReadOnlyList<EvalCaseResult> cases)
    {
        var runs = cases.SelectMany(c => c.Runs).ToList();
        var turns = runs.SelectMany(r => r.Turns).Select(t => t.Answer.ElapsedMs).ToList();
        return new EvalMetrics(
            cases.Count,
            cases.Count(c => c.Passed),
            runs.Count,
            runs.Count(r => r.Passed),
            cases.Count == 0 ? 0 : cases.Max(c => c.Runs.Count),
            ShareOf(runs, EvalCheck.ToolsCheck),
            ShareOf(runs, EvalCheck.ArgsCheck),
            ShareOf(runs, EvalCheck.AnswerCheck),
            ShareOf(runs, EvalCheck.GroundedCheck),
            Percentile(turns, 0.50),
            Percentile(turns, 0.95),
            Percentile(runs.Select(r => r.ElapsedMs).ToList(), 0.50),
            Percentile(runs.Select(r => r.ElapsedMs).ToList(), 0.95),
            runs.Sum(r => r.InputTokens),
            runs.Sum(r => r.OutputTokens));
    }

    /// <summary>
    /// A run that faulted before its checks counts as failing each check its case asks for, so
    /// that a crash never improves an accuracy.
    /// </summary>
    private static Share ShareOf(List<EvalRun> runs, string check)
    {
        int measured = 0, passed = 0;
        foreach (var run in runs)
        {
            if (run.Check(check) is { } result)
            {
                measured++;
                passed += result.Passed ? 1 : 0;
            }
            else if (run.Error is not null)
            {
                measured++;
            }
        }

        return new Share(passed, measured);
    }

    /// <summary>Nearest-rank percentile; 0 for no values.</summary>
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}

/// <summary>How many of the measured runs passed a check.</summary>
public sealed record Share(int Passed, int Measured)
{
    public double Rate => Measured == 0 ? 1 : (double)Passed / Measured;

    public override string ToString() => Measured == 0 ? "n/a" : $"{Rate:P1} ({Passed}/{Measured})";
}
