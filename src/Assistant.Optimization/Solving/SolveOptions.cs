namespace Assistant.Optimization.Solving;

/// <summary>Limits of one solve.</summary>
public sealed record SolveOptions
{
    public static SolveOptions Default { get; } = new();

    /// <summary>Wall-clock limit; null for none. A MIP stopped by it returns Feasible (with a gap) or TimeLimitNoSolution.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>
    /// Stop a MIP once its incumbent is proven within this fraction of the best bound
    /// (0.01 = 1%); the result is then Feasible with its gap. 0 (the default) asks for proof.
    /// </summary>
    public double RelativeGap { get; init; }

    public CancellationToken CancellationToken { get; init; }
}
