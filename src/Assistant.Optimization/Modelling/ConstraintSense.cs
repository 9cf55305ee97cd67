namespace Assistant.Optimization.Modelling;

public enum ConstraintSense
{
    /// <summary>≤: a limit (capacity, budget).</summary>
    LessOrEqual,

    /// <summary>≥: a requirement (demand, minimum staffing).</summary>
    GreaterOrEqual,

    /// <summary>=: a balance (flow in equals flow out).</summary>
    Equal,
}
