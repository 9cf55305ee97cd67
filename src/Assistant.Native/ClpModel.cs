using Assistant.Native.Cbc;

namespace Assistant.Native;

/// <summary>
/// One linear program solved by Clp (libClp.so.1), the simplex solver inside CBC, which also
/// returns row duals (shadow prices) and reduced costs. Integer flags of the problem are ignored:
/// the LP relaxation is solved. Released on <see cref="Dispose"/> (any number of times, exactly
/// once natively); separate models solve in parallel; nothing is printed.
/// </summary>
public sealed class ClpModel : IDisposable
{
    private readonly ClpModelHandle handle;
    private readonly LinearProblem problem;
    private readonly Lock gate = new();

    private ClpModel(ClpModelHandle handle, LinearProblem problem)
    {
        this.handle = handle;
        this.problem = problem;
    }

    /// <exception cref="ArgumentException">The problem is malformed (sizes, NaN, crossed bounds).</exception>
    /// <exception cref="NativeLibraryException">CBC (with Clp) is not installed.</exception>
    public static unsafe ClpModel Create(LinearProblem problem)
    {
        ProblemChecks.Validate(problem);
        CbcProbe.EnsureAvailable();
        var handle = ClpNative.Clp_newModel();
        if (handle.IsInvalid)
        {
            handle.Dispose();
            throw new NativeLibraryException(ClpNative.Library, nameof(ClpNative.Clp_newModel), "returned no model");
        }

        ClpNative.Clp_setLogLevel(handle, 0);
        double[] columnLower = CoinInfinity.Bounds(problem.ColumnLower);
        double[] columnUpper = CoinInfinity.Bounds(problem.ColumnUpper);
        double[] rowLower = CoinInfinity.Bounds(problem.RowLower);
        double[] rowUpper = CoinInfinity.Bounds(problem.RowUpper);
        fixed (int* starts = problem.ColumnStarts)
        fixed (int* indices = problem.RowIndices)
        fixed (double* values = problem.Coefficients)
        fixed (double* cl = columnLower)
        fixed (double* cu = columnUpper)
        fixed (double* objective = problem.Objective)
        fixed (double* rl = rowLower)
        fixed (double* ru = rowUpper)
        {
            ClpNative.Clp_loadProblem(handle, problem.ColumnCount, problem.RowCount, starts, indices, values, cl, cu, objective, rl, ru);
        }

        ClpNative.Clp_setOptimizationDirection(handle, problem.Maximize ? -1 : 1);
        return new ClpModel(handle, problem);
    }

    /// <summary>
    /// Solves the LP. Clp's C interface offers no way to interrupt a running simplex, so a token is
    /// honoured only before the start; LPs of planning size take milliseconds, and the time limit
    /// bounds the rest. <see cref="SolveLimits.RelativeGap"/> does not apply to LPs.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The model was disposed.</exception>
    public NativeSolution Solve(SolveLimits limits, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(limits);
        limits.Validate();
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            if (cancellation.IsCancellationRequested)
            {
                return new NativeSolution(SolverOutcome.Cancelled, double.NaN, double.NaN, null, null, null, null, "cancelled before the solve started");
            }

            // A Clp model carries its last basis; two threads solving one model would corrupt it.
            lock (gate)
            {
                if (limits.TimeLimit is { } limit)
                {
                    ClpNative.Clp_setMaximumSeconds(handle, limit.TotalSeconds);
                }

                ClpNative.Clp_initialSolve(handle);
                return Read();
            }
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    private unsafe NativeSolution Read()
    {
        int status = ClpNative.Clp_status(handle);
        int secondary = ClpNative.Clp_secondaryStatus(handle);
        var detail = $"Clp_status {status}, Clp_secondaryStatus {secondary}";
        NativeSolution Without(SolverOutcome outcome, string why) =>
            new(outcome, double.NaN, double.NaN, null, null, null, null, $"{why} ({detail})");

        switch (status)
        {
            case 0:
                break;
            case 1:
                return Without(SolverOutcome.Infeasible, "proven infeasible");
            case 2:
                return Without(SolverOutcome.Unbounded, "unbounded (dual infeasible)");
            case 3:
                return Without(SolverOutcome.TimeLimitNoSolution, "stopped on the time or iteration limit");
            default:
                return Without(SolverOutcome.Error, "Clp stopped on numerical difficulties");
        }

        int columns = problem.ColumnCount;
        int rows = problem.RowCount;
        double[] values = Copy(ClpNative.Clp_getColSolution(handle), columns);
        double[] activities = Copy(ClpNative.Clp_getRowActivity(handle), rows);
        double[] duals = Copy(ClpNative.Clp_getRowPrice(handle), rows);
        double[] reducedCosts = Copy(ClpNative.Clp_getReducedCost(handle), columns);
        double objective = ClpNative.Clp_getObjValue(handle);
        return new NativeSolution(SolverOutcome.Optimal, objective, objective, values, activities, duals, reducedCosts, $"proven optimal ({detail})");
    }

    private static unsafe double[] Copy(double* source, int count) =>
        count == 0 || source is null ? new double[count] : new ReadOnlySpan<double>(source, count).ToArray();

    public void Dispose() => handle.Dispose();
}
