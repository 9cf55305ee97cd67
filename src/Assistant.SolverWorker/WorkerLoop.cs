using Assistant.Native;
using Assistant.Native.Workers;

namespace Assistant.SolverWorker;

/// <summary>
/// The worker's conversation with its host. The host sends one problem at a time and waits for
/// its reply; the only message that can arrive during a solve is a cancel for it. Two threads
/// run the same loop and take turns reading: the one that reads a problem solves it on the spot
/// and hands the reading to the other, which is then waiting for a cancel (or, once the reply is
/// out, for the next problem). So a problem is solved by the thread that was already waiting for
/// it, with no hand-over on the way, and a cancel is still read while CBC runs.
/// </summary>
internal sealed class WorkerLoop(Stream input, Stream output)
{
    private readonly BinaryReader reader = new(new BufferedStream(input, 1 << 16));
    private readonly BinaryWriter writer = new(new BufferedStream(output, 1 << 16));
    private readonly Lock reading = new();
    private readonly Lock replying = new();
    private RunningSolve? running;

    /// <summary>Serves until the host closes standard input (exit code 0) or garbles it (2); the process then ends, a solve in progress with it.</summary>
    public void Run()
    {
        SolverWire.WriteGreeting(writer);
        var second = new Thread(Serve) { IsBackground = true, Name = "solver worker (second reader)" };
        second.Start();
        Serve();
    }

    private void Serve()
    {
        while (true)
        {
            WorkerMessage.Solve solve;
            CancellationTokenSource cancellation;
            lock (reading)
            {
                WorkerMessage? message;
                try
                {
                    message = SolverWire.ReadMessage(reader);
                }
                catch (Exception error) when (error is EndOfStreamException or IOException or InvalidDataException)
                {
                    // The host went away mid-message, or is not speaking this protocol: nothing to answer.
                    Console.Error.WriteLine($"solver worker: stopping, the input is unreadable ({error.Message})");
                    Environment.Exit(2);
                    return;
                }

                switch (message)
                {
                    case null:
                        // The host has gone: nobody would read the answer of a solve still running.
                        Environment.Exit(0);
                        return;
                    case WorkerMessage.Cancel cancel:
                        if (running is { } current && current.Id == cancel.Id)
                        {
                            current.Cancellation.Cancel();
                        }

                        continue;
                    case WorkerMessage.Solve request:
                        // The host sends a problem only after the last one's reply: that solve is over.
                        running?.Cancellation.Dispose();
                        solve = request;
                        cancellation = new CancellationTokenSource();
                        running = new RunningSolve(request.Id, cancellation);
                        break;
                    default:
                        continue;
                }
            }

            // The other thread now reads; this one solves.
            Answer(solve, cancellation);
        }
    }

    private void Answer(WorkerMessage.Solve solve, CancellationTokenSource cancellation)
    {
        try
        {
            var solution = NativeSolver.Solve(solve.Problem, solve.Limits, cancellation.Token);
            lock (replying)
            {
                SolverWire.WriteReply(writer, solve.Id, solution);
            }
        }
        catch (Exception error) when (error is ArgumentException or NativeLibraryException or InvalidOperationException)
        {
            lock (replying)
            {
                SolverWire.WriteFailure(writer, solve.Id, error.Message);
            }
        }
        catch (IOException)
        {
            // The host is gone; the reading thread sees the end of the input and stops.
        }
    }
}
