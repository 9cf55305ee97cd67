namespace Assistant.Native;

/// <summary>
/// What a CBC or Clp run returned. Arrays are copies, indexed like the problem's columns and rows.
/// <see cref="RowDuals"/> and <see cref="ReducedCosts"/> come only from an LP solved to optimality,
/// and follow one sign rule whatever the direction: the change in the objective per unit increase
/// of a row's bound (or of a column's value) — so for a maximisation a binding ≤ row that limits the
/// objective has a positive dual.
/// </summary>
public sealed record NativeSolution(
    SolverOutcome Outcome,
    double Objective,
    double BestBound,
    double[]? ColumnValues,
    double[]? RowActivities,
    double[]? RowDuals,
    double[]? ReducedCosts,
    string Detail)
{
    /// <summary>|Objective − BestBound| / max(|Objective|, 1e-9), or null without both numbers.</summary>
    public double? RelativeGap =>
        double.IsFinite(Objective) && double.IsFinite(BestBound)
            ? Math.Abs(Objective - BestBound) < 1e-9 ? 0 : Math.Abs(Objective - BestBound) / Math.Max(Math.Abs(Objective), 1e-9)
            : null;
}
