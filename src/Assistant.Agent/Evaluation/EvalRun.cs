namespace Assistant.Agent.Evaluation;

/// <summary>
/// One run of a case (a case runs once per --repeat): its turns, its checks, or the fault that
/// stopped it before an answer.
/// </summary>
public sealed record EvalRun(int Attempt, IReadOnlyList<EvalTurn> Turns, IReadOnlyList<EvalCheck> Checks, string? Error = null)
{
    public bool Passed => Error is null && Checks.All(c => c.Passed);

    public double ElapsedMs => Turns.Sum(t => t.Answer.ElapsedMs);

    public long InputTokens => Turns.Sum(t => t.Answer.Usage.InputTokens);

    public long OutputTokens => Turns.Sum(t => t.Answer.Usage.OutputTokens);

    /// <summary>The reasons of the failed checks (or the fault), one line.</summary>
    public string FailureReason => Error ?? string.Join("; ", Checks.Where(c => !c.Passed).Select(c => $"{c.Name}: {c.Reason}"));

    public EvalCheck? Check(string name) => Checks.FirstOrDefault(c => c.Name == name);
}
