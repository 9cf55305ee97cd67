namespace Assistant.Forecasting.Models;

/// <summary>
/// Splits a series into one additive seasonal pattern per season length and what is left (trend
/// plus remainder), in the manner of MSTL: the seasons are estimated shortest first, each from the
/// series with the other seasons' current estimates taken out, and the round is repeated so that
/// each season settles on its own share. A season is estimated by the classical additive method:
/// the series less its centred moving average over one cycle, averaged by position in the cycle,
/// which is exact for fixed patterns on a linear trend.
/// <para>
/// Two choices come from the M4 hourly series (bench/README.md). The shortest cycle (the day) is
/// averaged with weights halving every <see cref="DefaultRecentHalfLife"/> cycle back, because its
/// shape drifts over the weeks a series spans and it holds dozens of days; the longer cycles (the week) are
/// averaged evenly, as a series holds only four or five weeks. And a longer pattern keeps only what
/// the shorter cycles it is a multiple of cannot say (a week less its average day), or it would take
/// the whole daily shape back, evenly averaged, and undo the recent weighting.
/// </para>
/// </summary>
public static class MultiSeasonalDecomposition
{
    /// <summary>Rounds over all seasons: the second lets each season take back what another took of it first.</summary>
    public const int Rounds = 2;

    /// <summary>Half-life, in cycles, of the weights of the shortest season (one day for hourly data): best of 0.5–7 on M4 hourly.</summary>
    public const double DefaultRecentHalfLife = 1;

    /// <param name="values">The series, oldest first.</param>
    /// <param name="seasonLengths">Season lengths, each at least 2 and at most half the series' length.</param>
    /// <param name="recentHalfLife">Half-life in cycles of the shortest season's weights; null weighs all its cycles the same.</param>
    public static MultiSeasonalParts Of(double[] values, IReadOnlyList<int> seasonLengths, double? recentHalfLife = DefaultRecentHalfLife)
    {
        var n = values.Length;
        int[] lengths = [.. seasonLengths.Distinct().Order()];
        foreach (var m in lengths)
        {
            if (m < 2 || n < 2 * m)
            {
                throw new ArgumentException($"A season of {m} needs at least {2 * m} values and m ≥ 2; the series has {n}.", nameof(seasonLengths));
            }
        }

        var patterns = lengths.Select(m => new double[m]).ToArray();
        var rest = new double[n];
        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < lengths.Length; i++)
            {
                // The series with every other season's current estimate taken out.
                for (var t = 0; t < n; t++)
                {
                    rest[t] = values[t];
                    for (var j = 0; j < lengths.Length; j++)
                    {
                        if (j != i)
                        {
                            rest[t] -= patterns[j][t % lengths[j]];
                        }
                    }
                }

                patterns[i] = Pattern(rest, lengths[i], i == 0 ? recentHalfLife : null);
                for (var j = 0; j < i; j++)
                {
                    if (lengths[i] % lengths[j] == 0)
                    {
                        WithoutShorterCycle(patterns[i], lengths[j]);
                    }
                }
            }
        }

        var adjusted = new double[n];
        for (var t = 0; t < n; t++)
        {
            adjusted[t] = values[t];
            for (var j = 0; j < lengths.Length; j++)
            {
                adjusted[t] -= patterns[j][t % lengths[j]];
            }
        }

        return new MultiSeasonalParts(adjusted, lengths, patterns, n);
    }

    /// <summary>
    /// Takes out of a long pattern (a week of hours) the part that repeats every shorter cycle (a
    /// day): the mean of each position in the short cycle. Otherwise the long season, estimated
    /// last, would take back the whole daily shape and the short season would count for nothing.
    /// </summary>
    private static void WithoutShorterCycle(double[] pattern, int shorter)
    {
        var means = new double[shorter];
        for (var p = 0; p < pattern.Length; p++)
        {
            means[p % shorter] += pattern[p];
        }

        var cycles = pattern.Length / shorter;
        for (var p = 0; p < pattern.Length; p++)
        {
            pattern[p] -= means[p % shorter] / cycles;
        }
    }

    /// <summary>
    /// The additive seasonal pattern of one season, by position t mod m, summing to zero: the
    /// values less their centred moving average over one cycle (a 2×m average when m is even, so
    /// that the window is centred), averaged by position, with weights halving every
    /// <paramref name="halfLife"/> cycles back from the last value (all equal when null). The first
    /// and last half cycles have no centred average and are left out; with at least two cycles
    /// every position still has a value.
    /// </summary>
    public static double[] Pattern(ReadOnlySpan<double> values, int m, double? halfLife = null)
    {
        var n = values.Length;
        var half = m / 2;
        var sums = new double[m];
        var weights = new double[m];

        // A running window sum keeps this O(n) rather than O(n·m): the weekly season of hourly data has m = 168.
        var window = 0.0;
        for (var j = 0; j < 2 * half && j < n; j++)
        {
            window += values[j];
        }

        for (var t = half; t < n - half; t++)
        {
            double trend;
            if (m % 2 == 0)
            {
                // window holds values[t - half .. t + half - 1]; the 2×m average adds half of each end.
                trend = (window - 0.5 * values[t - half] + 0.5 * values[t + half]) / m;
                window += values[t + half] - values[t - half];
            }
            else
            {
                // window holds values[t - half .. t + half - 1]; the odd window adds values[t + half].
                trend = (window + values[t + half]) / m;
                window += values[t + half] - values[t - half];
            }

            var w = halfLife is { } cycles ? Math.Pow(0.5, (n - 1 - t) / (double)m / cycles) : 1.0;
            sums[t % m] += w * (values[t] - trend);
            weights[t % m] += w;
        }

        var pattern = new double[m];
        var total = 0.0;
        for (var p = 0; p < m; p++)
        {
            pattern[p] = sums[p] / weights[p];
            total += pattern[p];
        }

        var average = total / m;
        for (var p = 0; p < m; p++)
        {
            pattern[p] -= average;
        }

        return pattern;
    }
}

/// <summary>
/// A series taken apart by <see cref="MultiSeasonalDecomposition"/>: the seasonally adjusted values
/// (trend plus remainder), and per season length its pattern by position t mod m.
/// </summary>
public sealed record MultiSeasonalParts(double[] Adjusted, IReadOnlyList<int> SeasonLengths, IReadOnlyList<double[]> Patterns, int HistoryLength)
{
    /// <summary>The sum of the seasons k periods ahead (k = 1, 2, ...): each pattern's last cycle, repeated.</summary>
    public double SeasonalAhead(int k)
    {
        var sum = 0.0;
        for (var j = 0; j < SeasonLengths.Count; j++)
        {
            sum += Patterns[j][(HistoryLength + k - 1) % SeasonLengths[j]];
        }

        return sum;
    }

    /// <summary>The sum of the seasons at history position t (0 = the first value).</summary>
    public double SeasonalAt(int t)
    {
        var sum = 0.0;
        for (var j = 0; j < SeasonLengths.Count; j++)
        {
            sum += Patterns[j][t % SeasonLengths[j]];
        }

        return sum;
    }
}
