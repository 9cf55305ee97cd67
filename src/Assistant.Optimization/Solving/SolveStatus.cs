namespace Assistant.Optimization.Solving;

/// <summary>How a solve ended.</summary>
public enum SolveStatus
{
    /// <summary>Proven optimal.</summary>
    Optimal,

    /// <summary>A solution, not proven optimal (time limit or gap reached); <see cref="Solution.Gap"/> says how far it may be.</summary>
    Feasible,

    /// <summary>No solution exists; <c>ElasticRelaxation</c> says which constraints conflict.</summary>
    Infeasible,

    /// <summary>The objective can improve without limit: a bound or constraint is missing.</summary>
    Unbounded,

    /// <summary>The time limit ran out before any solution was found.</summary>
    TimeLimitNoSolution,

    /// <summary>The caller cancelled; an incumbent found before, if any, is kept but unproven.</summary>
    Cancelled,

    /// <summary>The solver failed (numerical difficulties); <see cref="Solution.Detail"/> says how.</summary>
    Error,
}
