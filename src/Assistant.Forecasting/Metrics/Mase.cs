namespace Assistant.Forecasting.Metrics;

/// <summary>
/// Mean absolute scaled error as the M4 organisers compute it: the forecast's mean absolute error
/// divided by the in-sample mean absolute error of the seasonal naive method on the history,
/// mean over t &gt; m of |x_t − x_{t−m}|. A value below 1 beats the in-sample seasonal naive.
/// </summary>
public static class Mase
{
    public static double Of(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast, ReadOnlySpan<double> history, int seasonLength)
    {
        Check.SameLength(actual, forecast, nameof(forecast));
        return MeanAbsoluteError(actual, forecast) / Scale(history, seasonLength);
    }

    /// <summary>
    /// The denominator: mean |x_t − x_{t−m}| over the history. When the history is too short to
    /// hold one seasonal difference (fewer than m + 1 values), the one-step naive difference is
    /// used instead (m = 1), as the M4 organisers do. A flat history gives 0, so its MASE is
    /// infinite (or NaN for a perfect forecast); callers decide how to report that.
    /// </summary>
    public static double Scale(ReadOnlySpan<double> history, int seasonLength)
    {
        if (seasonLength < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(seasonLength), seasonLength, "The season length is at least 1.");
        }

        var m = history.Length < seasonLength + 1 ? 1 : seasonLength;
        if (history.Length < m + 1)
        {
            throw new ArgumentException($"A history of {history.Length} values has no naive difference to scale by.", nameof(history));
        }

        var sum = 0.0;
        for (var t = m; t < history.Length; t++)
        {
            sum += Math.Abs(history[t] - history[t - m]);
        }

        return sum / (history.Length - m);
    }

    public static double MeanAbsoluteError(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        Check.SameLength(actual, forecast, nameof(forecast));
        var sum = 0.0;
        for (var t = 0; t < actual.Length; t++)
        {
            sum += Math.Abs(actual[t] - forecast[t]);
        }

        return sum / actual.Length;
    }
}
