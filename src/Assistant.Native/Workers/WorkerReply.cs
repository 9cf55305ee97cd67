namespace Assistant.Native.Workers;

/// <summary>A worker's answer to request <paramref name="Id"/>: the solution, or why managed code refused to solve it.</summary>
public sealed record WorkerReply(long Id, NativeSolution? Solution, string? Failure);
