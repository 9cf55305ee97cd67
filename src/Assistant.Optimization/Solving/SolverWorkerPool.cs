using System.Diagnostics;
using Assistant.Native;

namespace Assistant.Optimization.Solving;

/// <summary>
/// Solver worker processes kept warm for the solves of this process. A native assertion in CBC
/// or Clp calls abort(); in a worker it ends that worker only, and the solve it was running comes
/// back as a failed solve saying so (see docs/cbc.md, "Contained solves"). Workers are started
/// when first needed, at most <see cref="Size"/> of them (one per core by default), each takes one
/// solve at a time and is reused; a worker that died is replaced by a fresh one on the next solve.
/// Since each worker has its own CBC, branch and cut runs in parallel across workers (in one
/// process CBC's driver allows one at a time). Thread-safe.
/// </summary>
public sealed class SolverWorkerPool : IDisposable
{
    /// <summary>A worker still busy this long after its time limit is ended (it would otherwise hold its turn forever).</summary>
    public static readonly TimeSpan OverrunGrace = TimeSpan.FromSeconds(10);

    private static readonly Lazy<SolverWorkerPool> SharedPool = new(() =>
    {
        var pool = new SolverWorkerPool(Math.Max(1, Environment.ProcessorCount));
        // Workers also end by themselves when the host's pipe closes; this is quicker and certain.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => pool.Dispose();
        return pool;
    });

    private readonly SemaphoreSlim turns;
    private readonly Stack<SolverWorkerProcess> idle = new();
    private readonly HashSet<SolverWorkerProcess> busy = [];
    private readonly Lock gate = new();
    private bool disposed;
    private bool warming;

    /// <param name="size">The most workers at once; the worker's files are looked for when the first one starts.</param>
    public SolverWorkerPool(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        Size = size;
        turns = new SemaphoreSlim(size, size);
    }

    /// <summary>The pool every <see cref="ContainedSolver"/> uses unless given another: one worker per core.</summary>
    public static SolverWorkerPool Shared => SharedPool.Value;

    /// <summary>The most workers running at once (and so the most solves at once).</summary>
    public int Size { get; }

    /// <summary>The process ids of the workers solving right now (for tests that end one mid-solve).</summary>
    internal IReadOnlyList<int> BusyProcessIds
    {
        get
        {
            lock (gate)
            {
                return [.. busy.Select(worker => worker.ProcessId)];
            }
        }
    }

    /// <summary>The process ids of the workers waiting for a solve (for tests of the warm-up).</summary>
    internal IReadOnlyList<int> IdleProcessIds
    {
        get
        {
            lock (gate)
            {
                return [.. idle.Select(worker => worker.ProcessId)];
            }
        }
    }

    /// <summary>
    /// Solves <paramref name="problem"/> in a worker. What happens to the worker is never an
    /// exception here: a worker that dies gives <see cref="SolverOutcome.Error"/> ("the solver
    /// process stopped unexpectedly (signal 6, SIGABRT): ..."), a cancel gives
    /// <see cref="SolverOutcome.Cancelled"/>, waiting for a free worker counts against the time
    /// limit (starting one does not), and a worker still busy <see cref="OverrunGrace"/> after its
    /// limit is ended (<see cref="SolverOutcome.TimeLimitNoSolution"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The problem is malformed (checked here, before any process sees it).</exception>
    /// <exception cref="NativeLibraryException">CBC is not installed.</exception>
    /// <exception cref="InvalidOperationException">No worker can be started (its files are missing, or dotnet cannot run it).</exception>
    public NativeSolution Solve(LinearProblem problem, SolveLimits limits, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(limits);
        NativeSolver.Check(problem, limits);
        ObjectDisposedException.ThrowIf(disposed, this);
        if (cancellation.IsCancellationRequested)
        {
            return Stopped(SolverOutcome.Cancelled, "cancelled before the solve started");
        }

        var clock = Stopwatch.StartNew();
        try
        {
            if (!turns.Wait(limits.TimeLimit ?? Timeout.InfiniteTimeSpan, cancellation))
            {
                return Stopped(SolverOutcome.TimeLimitNoSolution, "the time limit ran out while waiting for a free solver process");
            }
        }
        catch (OperationCanceledException)
        {
            return Stopped(SolverOutcome.Cancelled, "cancelled while waiting for a free solver process");
        }

        // Waiting for a turn counts against the time limit, as waiting for CBC's turn does in
        // process; starting a fresh worker (once per worker, a fraction of a second) does not.
        var waited = clock.Elapsed;
        SolverWorkerProcess? worker = null;
        try
        {
            worker = Take();
            if (cancellation.IsCancellationRequested)
            {
                return Stopped(SolverOutcome.Cancelled, "cancelled before the solve started");
            }

            var remaining = limits.TimeLimit is { } limit ? limit - waited : (TimeSpan?)null;
            if (remaining is { } left && left < TimeSpan.FromMilliseconds(10))
            {
                return Stopped(SolverOutcome.TimeLimitNoSolution, "the time limit ran out while waiting for a free solver process");
            }

            var workerLimits = limits with { TimeLimit = remaining };
            return worker.Solve(problem, workerLimits, cancellation, remaining + OverrunGrace);
        }
        finally
        {
            if (worker is not null)
            {
                Return(worker);
            }

            turns.Release();
        }
    }

    /// <summary>
    /// Starts one worker in the background when none is running, so that a long-running host's
    /// first solve does not wait for a process to start (about half a second on a busy machine).
    /// Never throws: a worker that cannot start is reported by the first solve instead.
    /// </summary>
    public void WarmUp()
    {
        lock (gate)
        {
            if (disposed || warming || idle.Count + busy.Count > 0)
            {
                return;
            }

            warming = true;
        }

        _ = Task.Run(() =>
        {
            SolverWorkerProcess? worker = null;
            try
            {
                worker = SolverWorkerProcess.Start(SolverWorkerLaunch.ForThisProcess());
            }
            catch (Exception error) when (error is InvalidOperationException or FileNotFoundException)
            {
                // The first solve tries again and says why it cannot.
            }

            lock (gate)
            {
                warming = false;
                if (worker is not null && !disposed && idle.Count + busy.Count < Size)
                {
                    idle.Push(worker);
                    return;
                }
            }

            worker?.Dispose();
        });
    }

    /// <summary>Ends every worker; solves running in them fail.</summary>
    public void Dispose()
    {
        List<SolverWorkerProcess> workers;
        lock (gate)
        {
            disposed = true;
            workers = [.. idle, .. busy];
            idle.Clear();
        }

        foreach (var worker in workers)
        {
            worker.Dispose();
        }
    }

    private SolverWorkerProcess Take()
    {
        lock (gate)
        {
            while (idle.TryPop(out var warm))
            {
                if (warm.IsAlive)
                {
                    busy.Add(warm);
                    return warm;
                }

                warm.Dispose();
            }
        }

        // Started outside the lock: a start takes a fraction of a second and others may return workers meanwhile.
        var fresh = SolverWorkerProcess.Start(SolverWorkerLaunch.ForThisProcess());
        lock (gate)
        {
            busy.Add(fresh);
        }

        return fresh;
    }

    private void Return(SolverWorkerProcess worker)
    {
        lock (gate)
        {
            busy.Remove(worker);
            if (worker.IsAlive && !disposed)
            {
                idle.Push(worker);
                return;
            }
        }

        worker.Dispose();
    }

    private static NativeSolution Stopped(SolverOutcome outcome, string why) =>
        new(outcome, double.NaN, double.NaN, null, null, null, null, why);
}
