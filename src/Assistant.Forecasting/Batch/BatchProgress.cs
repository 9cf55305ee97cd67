namespace Assistant.Forecasting.Batch;

/// <summary>How far a batch has got: series done of all, and time so far.</summary>
public sealed record BatchProgress(int Done, int Total, TimeSpan Elapsed)
{
    /// <summary>The time left if the remaining series take as long on average as the done ones; null before any is done.</summary>
    public TimeSpan? Remaining => Done == 0 ? null : Elapsed * ((Total - Done) / (double)Done);
}
