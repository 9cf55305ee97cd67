namespace Assistant.SolverWorker;

/// <summary>The request being solved, for a cancel that names it.</summary>
internal sealed record RunningSolve(long Id, CancellationTokenSource Cancellation);
