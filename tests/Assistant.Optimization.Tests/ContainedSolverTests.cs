using System.Diagnostics;
using Assistant.Native;
using Assistant.Optimization.Modelling;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Tests;

/// <summary>
/// Issue 12, item 1: no failure of the native solvers may take the host down. Each test runs the
/// real solver layer (worker processes running CBC and Clp) on a pool of its own, one worker, so
/// that the worker that dies is the one the next solve must replace.
/// </summary>
public sealed class ContainedSolverTests : IDisposable
{
    private readonly SolverWorkerPool pool = new(1);

    [CbcFact]
    public void A_problem_that_makes_Clp_abort_fails_that_solve_and_the_next_solve_succeeds()
    {
        // min 1e29 x + y subject to x + y ≥ 1, x − y ≤ 0.5, 0 ≤ x, y ≤ 5: an objective coefficient
        // of 1e29 (the lane cost) trips Clp's assertion fabs(obj[i]) < 1.0e25, which calls
        // abort(); in process it ended the web server. (With one column Clp's presolve settles the
        // LP before the assertion.) Built as a raw problem, because a Model refuses such a coefficient.
        var aborting = new LinearProblem
        {
            ColumnLower = [0, 0],
            ColumnUpper = [5, 5],
            Objective = [1e29, 1],
            RowLower = [1, double.NegativeInfinity],
            RowUpper = [double.PositiveInfinity, 0.5],
            ColumnStarts = [0, 2, 4],
            RowIndices = [0, 1, 0, 1],
            Coefficients = [1, 1, 1, -1],
        };

        var failed = pool.Solve(aborting, SolveLimits.None);

        Assert.Equal(SolverOutcome.Error, failed.Outcome);
        Assert.Null(failed.ColumnValues);
        Assert.Contains("the solver process stopped unexpectedly (signal 6, SIGABRT)", failed.Detail, StringComparison.Ordinal);
        Assert.Contains("fabs(obj[i]) < 1.0e25", failed.Detail, StringComparison.Ordinal);

        // Still here, and the pool starts a fresh worker for the next model.
        var next = new ContainedSolver(pool).Solve(Wyndor(out var plant3));
        Assert.Equal(SolveStatus.Optimal, next.Status);
        Assert.Equal(36, next.Objective!.Value, 9);
        Assert.Equal(1, next.Dual(plant3)!.Value, 9);
    }

    [CbcFact]
    public void A_worker_killed_mid_solve_fails_that_solve_and_the_next_solve_succeeds()
    {
        var hard = HardInstances.MarketSplit(withShortfall: false);
        var solver = new ContainedSolver(pool);
        var running = Task.Run(() => solver.Solve(hard, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(60) }));
        var worker = WaitForBusyWorker();

        Process.GetProcessById(worker).Kill();
        var killed = running.Wait(TimeSpan.FromSeconds(30)) ? running.Result : throw new TimeoutException("The solve did not return after its worker was killed.");

        Assert.Equal(SolveStatus.Error, killed.Status);
        Assert.False(killed.HasValues);
        Assert.Contains("the solver process stopped unexpectedly (signal 9, SIGKILL)", killed.Detail, StringComparison.Ordinal);
        var next = solver.Solve(Wyndor(out _));
        Assert.Equal(SolveStatus.Optimal, next.Status);
        Assert.Equal(36, next.Objective!.Value, 9);
    }

    [CbcFact]
    public void A_worker_is_reused_from_one_solve_to_the_next()
    {
        var solver = new ContainedSolver(pool);
        var hard = HardInstances.MarketSplit(withShortfall: true);

        var first = WorkerDuring(() => solver.Solve(hard, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(2) }));
        var second = WorkerDuring(() => solver.Solve(hard, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(2) }));

        Assert.Equal(first, second);
    }

    [CbcFact]
    public void A_worker_warmed_up_in_advance_takes_the_first_solve()
    {
        pool.WarmUp();
        var clock = Stopwatch.StartNew();
        while (pool.IdleProcessIds.Count == 0 && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(20);
        }

        var warmed = Assert.Single(pool.IdleProcessIds);
        var solver = new ContainedSolver(pool);
        var first = WorkerDuring(() => solver.Solve(HardInstances.MarketSplit(withShortfall: true), new SolveOptions { TimeLimit = TimeSpan.FromSeconds(2) }));

        Assert.Equal(warmed, first);
    }

    public void Dispose() => pool.Dispose();

    private int WorkerDuring(Func<Solution> solve)
    {
        var running = Task.Run(solve);
        var worker = WaitForBusyWorker();
        Assert.True(running.Wait(TimeSpan.FromSeconds(60)), "the solve did not finish");
        Assert.True(running.Result.HasValues, running.Result.Detail);
        return worker;
    }

    private int WaitForBusyWorker()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (pool.BusyProcessIds is [var worker])
            {
                return worker;
            }

            Thread.Sleep(20);
        }

        throw new TimeoutException("No worker took the solve within 60 s.");
    }

    private static Model Wyndor(out Constraint plant3)
    {
        var model = new Model("wyndor");
        var doors = model.AddContinuous("doors");
        var windows = model.AddContinuous("windows");
        model.AddConstraint("Hours[Plant1]", doors <= 4);
        model.AddConstraint("Hours[Plant2]", 2 * windows <= 12);
        plant3 = model.AddConstraint("Hours[Plant3]", 3 * doors + 2 * windows <= 18);
        model.Maximize(3 * doors + 5 * windows);
        return model;
    }
}
