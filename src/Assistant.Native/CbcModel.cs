using System.Globalization;
using Assistant.Native.Cbc;

namespace Assistant.Native;

/// <summary>
/// One mixed-integer program solved by CBC 2.10's branch and cut (libCbcSolver.so.3). A model is
/// loaded once and solved once (CBC's own advice: its model must not be reused after a solve).
/// The native model is released on <see cref="Dispose"/> (or, failing that, by its finalizer);
/// Dispose may be called any number of times, also while another thread solves (the release then
/// waits for the solve to return). Separate models may be solved from separate threads: their
/// branch and cut runs take turns (see docs/cbc.md: CBC's driver is not reentrant), everything
/// else runs in parallel. Nothing is printed.
/// </summary>
public sealed class CbcModel : IDisposable
{
    private readonly CbcModelHandle handle;
    private readonly LinearProblem problem;
    private int solved;

    private CbcModel(CbcModelHandle handle, LinearProblem problem)
    {
        this.handle = handle;
        this.problem = problem;
    }

    /// <summary>Loads <paramref name="problem"/>, which must have at least one integer column (an LP goes to <see cref="ClpModel"/>).</summary>
    /// <exception cref="ArgumentException">The problem is malformed (sizes, NaN, crossed bounds) or has no integer column.</exception>
    /// <exception cref="NativeLibraryException">CBC is not installed.</exception>
    public static unsafe CbcModel Create(LinearProblem problem)
    {
        ProblemChecks.Validate(problem);
        if (!problem.HasIntegerColumns)
        {
            // Cbc_solve would pass an LP straight to Clp, ignore the time limit, and report an
            // unbounded LP as infeasible; ClpModel solves it properly and returns duals.
            throw new ArgumentException("The problem has no integer columns; solve it with ClpModel, which also returns duals.", nameof(problem));
        }

        CbcProbe.EnsureAvailable();

        // Cbc_newModel runs CbcMain0, the driver's set-up, which shares the globals that
        // Cbc_solve's CbcMain1 reads: it takes its turn like a solve does (it is quick).
        CbcModelHandle handle;
        BranchAndCutGate.Enter(Timeout.InfiniteTimeSpan, CancellationToken.None);
        try
        {
            handle = CbcNative.Cbc_newModel();
        }
        finally
        {
            BranchAndCutGate.Leave();
        }

        if (handle.IsInvalid)
        {
            handle.Dispose();
            throw new NativeLibraryException(CbcNative.Library, nameof(CbcNative.Cbc_newModel), "returned no model");
        }

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
            CbcNative.Cbc_loadProblem(handle, problem.ColumnCount, problem.RowCount, starts, indices, values, cl, cu, objective, rl, ru);
        }

        for (int j = 0; j < problem.ColumnCount; j++)
        {
            if (problem.IntegerColumns![j])
            {
                CbcNative.Cbc_setInteger(handle, j);
            }
        }

        CbcNative.Cbc_setObjSense(handle, problem.Maximize ? -1 : 1);
        return new CbcModel(handle, problem);
    }

    /// <summary>
    /// Runs branch and cut within <paramref name="limits"/>. A token cancelled before the run, or
    /// while waiting for CBC's turn, returns <see cref="SolverOutcome.Cancelled"/> at once; one
    /// cancelled during the run stops the search at the next node (see docs/cbc.md).
    /// </summary>
    /// <exception cref="ObjectDisposedException">The model was disposed.</exception>
    /// <exception cref="InvalidOperationException">The model was solved already.</exception>
    public NativeSolution Solve(SolveLimits limits, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(limits);
        limits.Validate();
        var added = false;
        try
        {
            // Holds the native model for the whole solve and the reads after it; throws
            // ObjectDisposedException when the model is already released.
            handle.DangerousAddRef(ref added);
            if (Interlocked.Exchange(ref solved, 1) == 1)
            {
                throw new InvalidOperationException("This CbcModel was solved already; CBC models cannot be solved twice. Create a new one.");
            }

            return Run(limits, cancellation);
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    private NativeSolution Run(SolveLimits limits, CancellationToken cancellation)
    {
        if (cancellation.IsCancellationRequested)
        {
            return Stopped(SolverOutcome.Cancelled, "cancelled before the solve started");
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        CbcNative.Cbc_setParameter(handle, "log", "0");
        CbcNative.Cbc_setParameter(handle, "ratioGap", Text(limits.RelativeGap));
        using var cut = cancellation.CanBeCanceled ? new CancellationCut(cancellation) : null;
        if (cut is not null)
        {
            unsafe
            {
                CbcNative.Cbc_addCutCallback(handle, CancellationCut.Callback, "cancellation", cut.Cookie);
            }
        }

        try
        {
            if (!BranchAndCutGate.Enter(limits.TimeLimit ?? Timeout.InfiniteTimeSpan, cancellation))
            {
                return Stopped(SolverOutcome.TimeLimitNoSolution, "the time limit ran out while waiting for another CBC solve to finish");
            }
        }
        catch (OperationCanceledException)
        {
            return Stopped(SolverOutcome.Cancelled, "cancelled while waiting for another CBC solve to finish");
        }

        try
        {
            if (limits.TimeLimit is { } limit)
            {
                // Elapsed time, not CBC's default CPU time: a planner's limit is on the clock,
                // and CPU time runs slow on a busy machine (a 2 s CPU limit took 3 s here).
                var remaining = Math.Max((limit - clock.Elapsed).TotalSeconds, 0.01);
                CbcNative.Cbc_setParameter(handle, "timeMode", "elapsed");
                CbcNative.Cbc_setParameter(handle, "seconds", Text(remaining));
            }

            CbcNative.Cbc_solve(handle);
            return Read(cut?.Fired ?? false);
        }
        finally
        {
            BranchAndCutGate.Leave();
        }
    }

    private unsafe NativeSolution Read(bool cancelled)
    {
        int status = CbcNative.Cbc_status(handle);
        int secondary = CbcNative.Cbc_secondaryStatus(handle);
        var detail = $"Cbc_status {status}, Cbc_secondaryStatus {secondary}";

        double* best = CbcNative.Cbc_bestSolution(handle);
        double[]? values = best is null ? null : new ReadOnlySpan<double>(best, problem.ColumnCount).ToArray();
        double objective = values is null ? double.NaN : ObjectiveOf(values);
        double bound = CbcNative.Cbc_getBestPossibleObjValue(handle);
        double[]? activities = values is null ? null : ActivitiesOf(values);

        NativeSolution With(SolverOutcome outcome, double reportedBound, string why) =>
            new(outcome, objective, reportedBound, values, activities, null, null, $"{why} ({detail})");

        if (cancelled)
        {
            // The impossible cut makes CBC believe the tree is exhausted: its bound means nothing.
            return With(SolverOutcome.Cancelled, double.NaN, "cancelled during the search");
        }

        if (CbcNative.Cbc_isAbandoned(handle) != 0 || status == 2)
        {
            return With(SolverOutcome.Error, double.NaN, "CBC abandoned the search (numerical difficulties)");
        }

        if (CbcNative.Cbc_isContinuousUnbounded(handle) != 0 || secondary == 7)
        {
            return With(SolverOutcome.Unbounded, double.NaN, "the LP relaxation is unbounded");
        }

        if (CbcNative.Cbc_isProvenInfeasible(handle) != 0 && values is null)
        {
            return With(SolverOutcome.Infeasible, double.NaN, "proven infeasible");
        }

        bound = Sane(bound);
        if (values is not null && CbcNative.Cbc_isProvenOptimal(handle) != 0 && secondary != 2)
        {
            return With(SolverOutcome.Optimal, double.IsNaN(bound) ? objective : bound, "proven optimal");
        }

        if (values is not null)
        {
            var why = secondary switch
            {
                2 => "stopped on the relative gap",
                4 => "stopped on the time limit",
                _ => "stopped before proving optimality",
            };
            return With(SolverOutcome.Feasible, bound, why);
        }

        if (CbcNative.Cbc_isSecondsLimitReached(handle) != 0 || secondary == 4)
        {
            return With(SolverOutcome.TimeLimitNoSolution, bound, "the time limit ran out before any solution was found");
        }

        return With(SolverOutcome.Error, bound, "CBC ended in a state with no solution and no proof");
    }

    // CBC reports "no bound" as ±1e50 (or COIN_DBL_MAX); those are not numbers a planner should see.
    private static double Sane(double bound) => Math.Abs(bound) >= 1e40 ? double.NaN : bound;

    private double ObjectiveOf(double[] values)
    {
        // Computed from the incumbent rather than read back, so that objective and values agree exactly.
        var sum = 0.0;
        for (int j = 0; j < values.Length; j++)
        {
            sum += problem.Objective[j] * values[j];
        }

        return sum;
    }

    private double[] ActivitiesOf(double[] values)
    {
        // Cbc_getRowActivity describes the solver's last LP, which after a stopped search need
        // not be the incumbent; the incumbent's own activities are A x.
        var activities = new double[problem.RowCount];
        for (int j = 0; j < problem.ColumnCount; j++)
        {
            for (int k = problem.ColumnStarts[j]; k < problem.ColumnStarts[j + 1]; k++)
            {
                activities[problem.RowIndices[k]] += problem.Coefficients[k] * values[j];
            }
        }

        return activities;
    }

    private static NativeSolution Stopped(SolverOutcome outcome, string why) =>
        new(outcome, double.NaN, double.NaN, null, null, null, null, why);

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public void Dispose() => handle.Dispose();
}
