using Assistant.Native;
using Assistant.Optimization.Modelling;

namespace Assistant.Optimization.Solving;

/// <summary>A native solver's answer (arrays by column and row) as the <see cref="Solution"/> of the model it came from.</summary>
internal static class SolutionTranslation
{
    public static Solution ToSolution(Model model, NativeSolution native)
    {
        // The solvers never see the objective's constant; it is added back here.
        var constant = model.Objective.Expression.Constant;
        double? objective = native.ColumnValues is not null && double.IsFinite(native.Objective) ? native.Objective + constant : null;
        double? bound = double.IsFinite(native.BestBound) ? native.BestBound + constant : null;
        var status = native.Outcome switch
        {
            SolverOutcome.Optimal => SolveStatus.Optimal,
            SolverOutcome.Feasible => SolveStatus.Feasible,
            SolverOutcome.Infeasible => SolveStatus.Infeasible,
            SolverOutcome.Unbounded => SolveStatus.Unbounded,
            SolverOutcome.TimeLimitNoSolution => SolveStatus.TimeLimitNoSolution,
            SolverOutcome.Cancelled => SolveStatus.Cancelled,
            _ => SolveStatus.Error,
        };

        return new Solution(model, status, objective, bound, native.Detail, native.ColumnValues, native.RowActivities, native.RowDuals, native.ReducedCosts);
    }

    public static SolveLimits ToLimits(SolveOptions options) =>
        new() { TimeLimit = options.TimeLimit, RelativeGap = options.RelativeGap };
}
