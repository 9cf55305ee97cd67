using System.Diagnostics;
using Assistant.Native;
using Assistant.Native.Workers;

namespace Assistant.Optimization.Solving;

/// <summary>
/// One solver worker process and the conversation with it: one solve at a time, the reply read by
/// a thread of its own so that the caller can give up waiting (cancel, overrun) without the
/// stream getting out of step. A worker that dies, or is ended, is never used again; what it was
/// solving becomes a failed solve that says how the process ended.
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
    private readonly Lock state = new();
    private TaskCompletionSource<WorkerReply?>? waiting;
    private long waitingFor;
    private long lastId;
    private volatile bool dead;

    private SolverWorkerProcess(Process process)
    {
        this.process = process;
        input = new BinaryWriter(new BufferedStream(process.StandardInput.BaseStream, 1 << 16));
        output = new BinaryReader(new BufferedStream(process.StandardOutput.BaseStream, 1 << 16));
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
            worker.Kill();
            throw new InvalidOperationException(
                $"The solver worker ({launch.WorkerAssembly}, run by {launch.Dotnet}) did not start: {worker.LastErrors() ?? error.Message}", error);
        }

        var reader = new Thread(worker.ReadReplies) { IsBackground = true, Name = $"solver worker {process.Id}" };
        reader.Start();
        return worker;
    }

    /// <summary>
    /// Solves in the worker. Never throws for what happens to the worker: a worker that dies
    /// returns <see cref="SolverOutcome.Error"/> saying how it ended; a cancel is passed to the
    /// worker (CBC stops at its next node and keeps its incumbent) and the process is ended if
    /// it does not answer within a short grace; a worker still busy at <paramref name="overrun"/>
    /// after the call is ended too.
    /// </summary>
    public NativeSolution Solve(LinearProblem problem, SolveLimits limits, CancellationToken cancellation, TimeSpan? overrun)
    {
        var reply = new TaskCompletionSource<WorkerReply?>(TaskCreationOptions.RunContinuationsAsynchronously);
        long id;
        lock (state)
        {
            if (dead)
            {
                return Failed("the solver process had already stopped");
            }

            id = ++lastId;
            waitingFor = id;
            waiting = reply;
        }

        try
        {
            SolverWire.WriteSolve(input, id, problem, limits);
        }
        catch (IOException)
        {
            // The process died before taking the problem; the reader thread says so through the reply.
        }

        try
        {
            if (!reply.Task.Wait(overrun ?? Timeout.InfiniteTimeSpan, cancellation))
            {
                Kill();
                return Stopped(SolverOutcome.TimeLimitNoSolution, $"the solver process was still busy {Seconds(overrun!.Value)} after the solve began, well past its time limit, and was ended");
            }
        }
        catch (OperationCanceledException)
        {
            TrySend(() => SolverWire.WriteCancel(input, id));
            if (!reply.Task.Wait(CancelGrace))
            {
                Kill();
                return Stopped(SolverOutcome.Cancelled, "cancelled; the solver process did not stop in time and was ended");
            }
        }

        return reply.Task.Result switch
        {
            { Solution: { } solution } => solution,
            { Failure: { } failure } => Stopped(SolverOutcome.Error, $"the solver refused the problem: {failure}"),
            _ => Failed(HowItEnded()),
        };
    }

    /// <summary>Ends the process at once (SIGKILL); what it was solving fails.</summary>
    public void Kill()
    {
        dead = true;
        try
        {
            process.Kill();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    private void ReadReplies()
    {
        try
        {
            while (SolverWire.ReadReply(output) is { } reply)
            {
                lock (state)
                {
                    // A reply to a request the caller gave up on (cancelled, overran) is dropped.
                    if (reply.Id == waitingFor)
                    {
                        waiting?.TrySetResult(reply);
                        waiting = null;
                    }
                }
            }
        }
        catch (Exception error) when (error is EndOfStreamException or IOException or InvalidDataException or ObjectDisposedException)
        {
            KeepErrorLine($"(reply stream: {error.Message})");
        }

        lock (state)
        {
            dead = true;
            waiting?.TrySetResult(null);
            waiting = null;
        }
    }

    /// <summary>How the process ended, in words: its signal or exit code, and the last thing it wrote to stderr.</summary>
    private string HowItEnded()
    {
        if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
        {
            Kill();
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
            var lines = errorLines.Where(line => !line.StartsWith("(reply stream", StringComparison.Ordinal)).TakeLast(2).ToList();
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
