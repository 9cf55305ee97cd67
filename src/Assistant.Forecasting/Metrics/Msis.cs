namespace Assistant.Forecasting.Metrics;

/// <summary>
/// Mean scaled interval score, M4's measure of a (1 − α) prediction interval [L, U]: the mean over
/// the horizon of (U − L) + (2/α)(L − y)·[y &lt; L] + (2/α)(y − U)·[y &gt; U], divided by the same
/// seasonal-naive scale as MASE. Narrow intervals score well only if they also cover; each miss
/// costs 2/α times its distance (40 times for a 95% interval).
/// </summary>
public static class Msis
{
    public static double Of(ReadOnlySpan<double> actual, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper,
        ReadOnlySpan<double> history, int seasonLength, double alpha = 0.05)
    {
        Check.SameLength(actual, lower, nameof(lower));
        Check.SameLength(actual, upper, nameof(upper));
        if (alpha is not (> 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha is the interval's miss rate, between 0 and 1 (0.05 for 95%).");
        }

        var penalty = 2 / alpha;
        var sum = 0.0;
        for (var t = 0; t < actual.Length; t++)
        {
            sum += upper[t] - lower[t];
            if (actual[t] < lower[t])
            {
                sum += penalty * (lower[t] - actual[t]);
            }
            else if (actual[t] > upper[t])
            {
                sum += penalty * (actual[t] - upper[t]);
            }
        }

        return sum / actual.Length / Mase.Scale(history, seasonLength);
    }
}
