namespace Assistant.Agent.Evaluation;

/// <summary>What an evaluation reports while it runs, for a progress display.</summary>
public abstract record EvalProgress;

/// <summary>A store is ready for the cases asked on <paramref name="Today"/> (null: the real today).</summary>
public sealed record EvalStoreReady(DateOnly? Today, string Database, double Seconds) : EvalProgress;

public sealed record EvalCaseFinished(int Done, int Total, EvalCaseResult Result) : EvalProgress;
