using Assistant.Native;
using Assistant.Optimization.Modelling;

namespace Assistant.Optimization.Solving;

/// <summary>
/// Solves models with COIN-OR's native solvers (see docs/cbc.md): a model with integer variables
/// by CBC's branch and cut, a pure LP by Clp, which also returns duals and reduced costs. Each
/// solve loads a fresh native model and releases it before returning. Thread-safe.
/// </summary>
public sealed class CbcSolver : ISolver
{
    /// <exception cref="NativeLibraryException">CBC is not installed (check with <see cref="NativeLibraries.IsCbcAvailable"/>).</exception>
    public Solution Solve(Model model, SolveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= SolveOptions.Default;
        var limits = new SolveLimits { TimeLimit = options.TimeLimit, RelativeGap = options.RelativeGap };
        var problem = ProblemTranslation.ToProblem(model);

        NativeSolution native;
        if (problem.HasIntegerColumns)
        {
            using var cbc = CbcModel.Create(problem);
            native = cbc.Solve(limits, options.CancellationToken);
        }
        else
        {
            using var clp = ClpModel.Create(problem);
            native = clp.Solve(limits, options.CancellationToken);
        }

        return ToSolution(model, native);
    }

    private static Solution ToSolution(Model model, NativeSolution native)
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
}
