namespace Assistant.Agent.Evaluation;

/// <summary>A case and its runs. It passes only when every run passes (pass^k).</summary>
public sealed record EvalCaseResult(string Suite, string File, EvalCase Case, IReadOnlyList<EvalRun> Runs)
{
    public bool Passed => Runs.Count > 0 && Runs.All(r => r.Passed);

    public int RunsPassed => Runs.Count(r => r.Passed);

    /// <summary>The first failing run's reason, or empty when the case passed.</summary>
    public string FailureReason => Runs.FirstOrDefault(r => !r.Passed)?.FailureReason ?? "";
}
