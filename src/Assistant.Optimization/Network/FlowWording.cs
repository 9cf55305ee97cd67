using System.Globalization;
using Assistant.Optimization.Explanations;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Network;

/// <summary>The sentences plans and what-ifs say, in one place so that they read alike.</summary>
internal static class FlowWording
{
    /// <summary>"1,150" or "1,150.5": thousands separated, at most two decimals.</summary>
    public static string Amount(double value) => Math.Round(value, 2).ToString("#,##0.##", CultureInfo.InvariantCulture);

    public static string Binding(BindingConstraint binding, string unit)
    {
        var limit = $"{binding.Constraint} is at its limit of {Amount(binding.RightHandSide)} {unit}";
        return binding.ShadowPrice switch
        {
            null => $"{limit}.",
            { } price when price < -1e-9 => $"{limit}; one more would save {Amount(-price)} in cost.",
            { } price when price > 1e-9 => $"{limit}; one more would add {Amount(price)} to the cost.",
            _ => $"{limit}, but more room would not lower the cost.",
        };
    }

    /// <summary>One sentence for a solve that did not prove its plan optimal; null when it did.</summary>
    public static string? Outcome(SolveStatus status, double? gap, InfeasibilityReport? conflict, string detail) => status switch
    {
        SolveStatus.Optimal => null,
        SolveStatus.Feasible => $"The search stopped early (time limit or gap) with a plan at most {Percent(gap)} above the cheapest possible.",
        SolveStatus.Infeasible => Infeasible(conflict),
        SolveStatus.Unbounded => "The cost can fall without limit, which means some cost is negative; check the lane and processing costs.",
        SolveStatus.TimeLimitNoSolution => "The time limit ran out before any plan was found; allow more time.",
        SolveStatus.Cancelled => "Planning was cancelled before a plan was proven best.",
        _ => $"The solver failed ({detail}).",
    };

    /// <summary>"No plan meets every demand: FC1 supply needs 40 more."</summary>
    public static string Infeasible(InfeasibilityReport? conflict) =>
        conflict is { Explained: true, Violations.Count: > 0 }
            ? $"No plan meets every demand: {Violations(conflict)}."
            : $"No plan meets every demand, and bending capacities and demands does not explain why{(conflict is null ? "" : $" ({conflict.Summary.TrimEnd('.')})")}.";

    public static string Violations(InfeasibilityReport conflict) =>
        string.Join("; ", conflict.Violations.Select(violation => violation.Description));

    private static string Percent(double? gap) =>
        gap is { } value ? (100 * value).ToString("0.##", CultureInfo.InvariantCulture) + "%" : "an unknown amount";
}
