namespace Assistant.Forecasting.Models;

/// <summary>
/// Classical multiplicative decomposition and the seasonality test of the M4 benchmarks, which
/// Naive2 and the M4 SES use to remove the season before forecasting and put it back after.
/// Written from the definitions (R's <c>decompose</c> and <c>acf</c>, as the M4 benchmark code
/// calls them), so the benchmarks' official forecasts are reproduced to rounding.
/// </summary>
public static class ClassicalDecomposition
{
    /// <summary>One-sided 95% normal quantile: the M4 test is a 90% two-sided test on |r_m|.</summary>
    private const double Critical = 1.645;

    /// <summary>
    /// The M4 seasonality test: seasonal when the history spans at least three seasons and the
    /// autocorrelation at lag m exceeds 1.645·√((1 + 2·Σ_{k&lt;m} r_k²)/n), Bartlett's bound for
    /// a series whose autocorrelation dies out before lag m. M4 reads r_m from R's <c>acf</c>,
    /// whose default maximum lag is ⌊10·log10 n⌋, so a season longer than that is never found.
    /// </summary>
    public static bool IsSeasonal(ReadOnlySpan<double> values, int seasonLength)
    {
        var n = values.Length;
        if (seasonLength < 2 || n < 3 * seasonLength || Math.Min((int)Math.Floor(10 * Math.Log10(n)), n - 1) < seasonLength)
        {
            return false;
        }

        var mean = 0.0;
        foreach (var v in values)
        {
            mean += v;
        }

        mean /= n;
        var variance = 0.0;
        foreach (var v in values)
        {
            variance += (v - mean) * (v - mean);
        }

        if (variance == 0)
        {
            return false;
        }

        var squares = 0.0;
        for (var lag = 1; lag < seasonLength; lag++)
        {
            var r = Autocorrelation(values, mean, variance, lag);
            squares += r * r;
        }

        var limit = Critical / Math.Sqrt(n) * Math.Sqrt(1 + 2 * squares);
        return Math.Abs(Autocorrelation(values, mean, variance, seasonLength)) > limit;
    }

    private static double Autocorrelation(ReadOnlySpan<double> values, double mean, double variance, int lag)
    {
        var sum = 0.0;
        for (var t = 0; t + lag < values.Length; t++)
        {
            sum += (values[t] - mean) * (values[t + lag] - mean);
        }

        return sum / variance;
    }

    /// <summary>
    /// Multiplicative seasonal indices, one per position in the season, position 0 being the
    /// first value's: the trend is the centred moving average over one season (a 2×m average when
    /// m is even), each value is divided by it, the ratios are averaged by position, and the m
    /// averages are scaled to mean 1. Needs at least two full seasons.
    /// </summary>
    public static double[] SeasonalIndices(ReadOnlySpan<double> values, int seasonLength)
    {
        var n = values.Length;
        var m = seasonLength;
        if (m < 2 || n < 2 * m)
        {
            throw new ArgumentException($"Decomposing a season of {m} needs at least {2 * m} values; the series has {n}.", nameof(values));
        }

        var sums = new double[m];
        var counts = new int[m];
        var half = m / 2;
        for (var t = half; t < n - half; t++)
        {
            double trend;
            if (m % 2 == 0)
            {
                // 2×m centred average: the two end values half-weighted, so the window is centred on t.
                trend = 0.5 * (values[t - half] + values[t + half]);
                for (var j = t - half + 1; j < t + half; j++)
                {
                    trend += values[j];
                }
            }
            else
            {
                trend = 0;
                for (var j = t - half; j <= t + half; j++)
                {
                    trend += values[j];
                }
            }

            trend /= m;
            sums[t % m] += values[t] / trend;
            counts[t % m]++;
        }

        var indices = new double[m];
        var total = 0.0;
        for (var p = 0; p < m; p++)
        {
            indices[p] = sums[p] / counts[p];
            total += indices[p];
        }

        var average = total / m;
        for (var p = 0; p < m; p++)
        {
            indices[p] /= average;
        }

        return indices;
    }

    /// <summary>
    /// The M4 benchmarks' seasonal adjustment: when <see cref="IsSeasonal"/> passes, divide each
    /// value by its seasonal index; otherwise leave the series as it is (all indices 1). Indices
    /// that are not positive and finite (a series with zeros or negative values, which no M4
    /// series has) would turn the adjusted series into infinities, so such a series is left
    /// unadjusted too.
    /// </summary>
    public static SeasonalAdjustment Adjust(double[] values, int seasonLength)
    {
        if (!IsSeasonal(values, seasonLength))
        {
            return SeasonalAdjustment.None(values);
        }

        var indices = SeasonalIndices(values, seasonLength);
        if (indices.Any(i => !(double.IsFinite(i) && i > 0)))
        {
            return SeasonalAdjustment.None(values);
        }

        var adjusted = new double[values.Length];
        for (var t = 0; t < values.Length; t++)
        {
            adjusted[t] = values[t] / indices[t % seasonLength];
        }

        return new SeasonalAdjustment(adjusted, indices, values.Length);
    }
}

/// <summary>
/// A series with its season divided out: the adjusted values, the seasonal index per position
/// (empty when the series was not found seasonal) and the history length, which says where in the
/// season the future starts.
/// </summary>
public sealed record SeasonalAdjustment(double[] Adjusted, double[] Indices, int HistoryLength)
{
    public static SeasonalAdjustment None(double[] values) => new(values, [], values.Length);

    public bool IsSeasonal => Indices.Length > 0;

    /// <summary>The seasonal index of the k-th period ahead (k = 1, 2, ...).</summary>
    public double IndexAhead(int k) => IsSeasonal ? Indices[(HistoryLength + k - 1) % Indices.Length] : 1.0;

    /// <summary>Multiplies a path on the adjusted scale (period 1 ahead first) by the future seasonal indices.</summary>
    public double[] Reseasonalise(double[] path)
    {
        var result = new double[path.Length];
        for (var k = 0; k < path.Length; k++)
        {
            result[k] = path[k] * IndexAhead(k + 1);
        }

        return result;
    }
}
