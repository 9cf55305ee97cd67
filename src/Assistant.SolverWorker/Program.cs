using Assistant.Native;
using Assistant.Native.Workers;
using Assistant.SolverWorker;

// Solves what the host sends, one problem at a time, until the host closes standard input.
// The host waits for each reply before it sends the next problem; the only message that can
// arrive during a solve is a cancel, which the reading loop below passes on to the solve.
var output = new BinaryWriter(new BufferedStream(ProtocolOutput.Claim(), 1 << 16));
var input = new BinaryReader(new BufferedStream(Console.OpenStandardInput(), 1 << 16));
var replies = new Lock();
RunningSolve? running = null;

SolverWire.WriteGreeting(output);
while (true)
{
    WorkerMessage? message;
    try
    {
        message = SolverWire.ReadMessage(input);
    }
    catch (Exception error) when (error is EndOfStreamException or IOException or InvalidDataException)
    {
        // The host went away mid-message, or is not speaking this protocol: nothing to answer.
        Console.Error.WriteLine($"solver worker: stopping, the input is unreadable ({error.Message})");
        return 2;
    }

    switch (message)
    {
        case null:
            return 0;
        case WorkerMessage.Cancel cancel:
            if (running is { } current && current.Id == cancel.Id)
            {
                current.Cancellation.Cancel();
            }

            break;
        case WorkerMessage.Solve solve:
            // The host sends a problem only after the last one's reply: that solve is over.
            running?.Cancellation.Dispose();
            var cancellation = new CancellationTokenSource();
            running = new RunningSolve(solve.Id, cancellation);
            _ = Task.Run(() =>
            {
                try
                {
                    var solution = NativeSolver.Solve(solve.Problem, solve.Limits, cancellation.Token);
                    lock (replies)
                    {
                        SolverWire.WriteReply(output, solve.Id, solution);
                    }
                }
                catch (Exception error) when (error is ArgumentException or NativeLibraryException or InvalidOperationException)
                {
                    lock (replies)
                    {
                        SolverWire.WriteFailure(output, solve.Id, error.Message);
                    }
                }
            });
            break;
    }
}
