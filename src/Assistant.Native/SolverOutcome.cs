namespace Assistant.Native;

/// <summary>How a CBC or Clp run ended, in terms a caller can act on (see docs/cbc.md for the mapping).</summary>
public enum SolverOutcome
{
    /// <summary>A solution proven optimal (for a MIP: within the requested relative gap, search complete).</summary>
    Optimal,

    /// <summary>A solution, not proven optimal: the run stopped on the time limit or on the gap; the gap says how far it may be.</summary>
    Feasible,

    /// <summary>Proven to have no solution.</summary>
    Infeasible,

    /// <summary>The objective can improve without limit (for a MIP: its LP relaxation is unbounded).</summary>
    Unbounded,

    /// <summary>The time limit ran out before any solution was found.</summary>
    TimeLimitNoSolution,

    /// <summary>The cancellation token stopped the run; an incumbent, if any, is returned unproven.</summary>
    Cancelled,

    /// <summary>The solver gave up (numerical difficulties) or reported a state not mapped above; see the detail.</summary>
    Error,
}
