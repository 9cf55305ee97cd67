using System.Diagnostics;
using Assistant.Native;
using Assistant.Native.Workers;

namespace Assistant.Optimization.Solving;

/// <summary>
/// One solver worker process and the conversation with it: one solve at a time. The caller's own
/// thread writes the problem and reads the reply, so a solve costs no hand-over between threads
/// here; a cancel is sent from the token's callback, and a timer ends the process when a cancel
/// goes unanswered or the solve overruns. A worker that dies, or is ended, is never used again;
/// what it was solving becomes a failed solve that says how the process ended.
/// </summary>
internal sealed class SolverWorkerProcess : IDisposable
{
    /// <summary>How long a cancelled solve may take to answer before its process is ended.</summary>
    private static readonly TimeSpan CancelGrace = TimeSpan.FromSeconds(2);

    private const int KeptErrorLines = 20;

    private readonly Process process;
    private readonly BinaryWriter input;
    private readonly BinaryReader output;
    private readonly Queue<string> errorLines = new();
    private readonly Lock sending = new();
    private long lastId;
    private long busyWith;
    private volatile bool dead;
    private volatile EndReason ended;

    private SolverWorkerProcess(Process process)
    {
        this.process = process;
        input = new BinaryWriter(new BufferedStream(process.StandardInput.BaseStream, 1 << 16));
        output = new BinaryReader(new BufferedStream(process.StandardOutput.BaseStream, 1 << 16));
    }

    /// <summary>Why the host ended a worker, for the failed solve's detail.</summary>
    private enum EndReason
    {
        None,
        CancelUnanswered,
        Overrun,
        Disposed,
    }

    public int ProcessId => process.Id;

    /// <summary>False once the process has stopped or been ended; such a worker takes no more solves.</summary>
    public bool IsAlive => !dead;

    /// <exception cref="InvalidOperationException">The worker could not be started or did not answer as a solver worker.</exception>
    public static SolverWorkerProcess Start(SolverWorkerLaunch launch)
    {
        var start = new ProcessStartInfo(launch.Dotnet)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(launch.WorkerAssembly);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{launch.Dotnet} did not start.");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException($"The solver worker could not be started with {launch.Dotnet}: {error.Message}", error);
        }

        var worker = new SolverWorkerProcess(process);
        process.ErrorDataReceived += (_, line) => worker.KeepErrorLine(line.Data);
        process.BeginErrorReadLine();
        try
        {
            SolverWire.ReadGreeting(worker.output);
        }
        catch (Exception error) when (error is EndOfStreamException or IOException or InvalidDataException)
        {
            worker.Kill(EndReason.Disposed);
            process.WaitForExit(TimeSpan.FromSeconds(5));
            throw new InvalidOperationException(
                $"The solver worker ({launch.WorkerAssembly}, run by {launch.Dotnet}) did not start: {worker.LastErrors() ?? error.Message}", error);
        }

        return worker;
    }

    /// <summary>
    /// Solves in the worker. Never throws for what happens to the worker: a worker that dies
    /// returns <see cref="SolverOutcome.Error"/> saying how it ended; a cancel is passed to the
    /// worker (CBC stops at its next node and keeps its incumbent) and the process is ended if
    /// it does not answer within a short grace; a worker still busy at <paramref name="overrun"/>
    /// after the call is ended too. Not to be called by two threads at once (the pool gives each
    /// worker one solve at a time).
    /// </summary>
    public NativeSolution Solve(LinearProblem problem, SolveLimits limits, CancellationToken cancellation, TimeSpan? overrun)
    {
        if (dead)
        {
            return Failed("the solver process had already stopped");
        }

        var id = ++lastId;
        try
        {
            lock (sending)
            {
                busyWith = id;
                SolverWire.WriteSolve(input, id, problem, limits);
            }
        }
        catch (IOException)
        {
            // The process died before taking the problem; reading the reply finds its end.
        }

        Timer? graceTimer = null;
        var overrunTimer = overrun is { } after ? new Timer(_ => EndIfStillOn(id, EndReason.Overrun), null, after, Timeout.InfiniteTimeSpan) : null;
        var onCancel = cancellation.Register(() =>
        {
            lock (sending)
            {
                if (busyWith != id)
                {
                    return;
                }

                TrySend(() => SolverWire.WriteCancel(input, id));
                graceTimer = new Timer(_ => EndIfStillOn(id, EndReason.CancelUnanswered), null, CancelGrace, Timeout.InfiniteTimeSpan);
            }
        });
        try
        {
            return ReadReply(id) switch
            {
                { Solution: { } solution } => solution,
                { Failure: { } failure } => Stopped(SolverOutcome.Error, $"the solver refused the problem: {failure}"),
                _ => ended switch
                {
                    EndReason.CancelUnanswered => Stopped(SolverOutcome.Cancelled, "cancelled; the solver process did not stop in time and was ended"),
                    EndReason.Overrun => Stopped(SolverOutcome.TimeLimitNoSolution, $"the solver process was still busy {Seconds(overrun!.Value)} after the solve began, well past its time limit, and was ended"),
                    _ => Failed(HowItEnded()),
                },
            };
        }
        finally
        {
            // Once this solve is over, neither its cancel nor its timers may touch the worker,
            // which goes back to the pool for the next solve.
            lock (sending)
            {
                busyWith = 0;
            }

            onCancel.Dispose();
            overrunTimer?.Dispose();
            graceTimer?.Dispose();
        }
    }

    public void Dispose()
    {
        Kill(EndReason.Disposed);
        process.Dispose();
    }

    /// <summary>Ends the process for <paramref name="reason"/>, unless solve <paramref name="id"/> is over by now.</summary>
    private void EndIfStillOn(long id, EndReason reason)
    {
        lock (sending)
        {
            if (busyWith == id)
            {
                Kill(reason);
            }
        }
    }

    /// <summary>Ends the process at once (SIGKILL); what it was solving fails.</summary>
    private void Kill(EndReason reason)
    {
        if (ended == EndReason.None)
        {
            ended = reason;
        }

        dead = true;
        try
        {
            process.Kill();
        }
        catch (Exception error) when (error is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }

    /// <summary>The reply to request <paramref name="id"/>, or null when the worker's output ends first (it died or was ended).</summary>
    private WorkerReply? ReadReply(long id)
    {
        try
        {
            while (SolverWire.ReadReply(output) is { } reply)
            {
                if (reply.Id == id)
                {
                    return reply;
                }
            }
        }
        catch (Exception error) when (error is EndOfStreamException or IOException or InvalidDataException or ObjectDisposedException)
        {
            // The output ended mid-reply: the process died while answering; HowItEnded says how.
        }

        dead = true;
        return null;
    }

    /// <summary>How the process ended, in words: its signal or exit code, and the last thing it wrote to stderr.</summary>
    private string HowItEnded()
    {
        if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
        {
            Kill(EndReason.Disposed);
            process.WaitForExit(TimeSpan.FromSeconds(5));
        }
        else
        {
            // Lets the last stderr lines (the assertion's text) arrive.
            process.WaitForExit();
        }

        var how = !process.HasExited
            ? "did not answer"
            : process.ExitCode > 128 && process.ExitCode < 128 + 65
                ? $"signal {process.ExitCode - 128}{SignalName(process.ExitCode - 128)}"
                : $"exit code {process.ExitCode}";
        var said = LastErrors();
        return $"the solver process stopped unexpectedly ({how}){(said is null ? "" : $": {said}")}";
    }

    private static string SignalName(int signal) => signal switch
    {
        4 => ", SIGILL",
        6 => ", SIGABRT",
        7 => ", SIGBUS",
        8 => ", SIGFPE",
        9 => ", SIGKILL",
        11 => ", SIGSEGV",
        15 => ", SIGTERM",
        _ => "",
    };

    private void KeepErrorLine(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        lock (errorLines)
        {
            errorLines.Enqueue(line.Trim());
            if (errorLines.Count > KeptErrorLines)
            {
                errorLines.Dequeue();
            }
        }
    }

    /// <summary>The last lines the worker wrote to stderr (a native assertion's message), or null.</summary>
    private string? LastErrors()
    {
        lock (errorLines)
        {
            var lines = errorLines.TakeLast(2).ToList();
            return lines.Count == 0 ? null : string.Join(" ", lines);
        }
    }

    private static void TrySend(Action send)
    {
        try
        {
            send();
        }
        catch (Exception error) when (error is IOException or ObjectDisposedException)
        {
            // The process is gone; the reply (or its absence) says what happened.
        }
    }

    private static NativeSolution Failed(string why) => Stopped(SolverOutcome.Error, why);

    private static NativeSolution Stopped(SolverOutcome outcome, string why) =>
        new(outcome, double.NaN, double.NaN, null, null, null, null, why);

    private static string Seconds(TimeSpan time) => $"{time.TotalSeconds:0.#} s";
}
