namespace Assistant.Forecasting.Metrics;

/// <summary>
/// The share of actual values inside their prediction interval [lower, upper], bounds included.
/// A well-calibrated 95% interval covers about 0.95; M4's ACD is |coverage − 0.95|.
/// </summary>
public static class IntervalCoverage
{
    public static double Of(ReadOnlySpan<double> actual, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper)
    {
        Check.SameLength(actual, lower, nameof(lower));
        Check.SameLength(actual, upper, nameof(upper));
        var inside = 0;
        for (var t = 0; t < actual.Length; t++)
        {
            if (actual[t] >= lower[t] && actual[t] <= upper[t])
            {
                inside++;
            }
        }

        return (double)inside / actual.Length;
    }
}
