namespace Assistant.Native.Workers;

/// <summary>What a host sends a solver worker: a problem to solve, or a cancel for the one it is solving.</summary>
public abstract record WorkerMessage(long Id)
{
    public sealed record Solve(long Id, LinearProblem Problem, SolveLimits Limits) : WorkerMessage(Id);

    public sealed record Cancel(long Id) : WorkerMessage(Id);
}
