using Assistant.Defects.Anomalies;

namespace Assistant.Defects.ChangePoints;

/// <summary>
/// Takes a repeating pattern out of a whole series before it is segmented, by classical
/// decomposition: a moving average one cycle long follows the level (a cycle's average holds no
/// season), and the median of each phase's departures from it, centred on zero, is the pattern.
/// A level change only blurs the moving average for half a cycle either side, which the medians
/// over every cycle shrug off, as they do the odd outlier.
/// </summary>
internal static class SeasonalProfile
{
    public static double[] Remove(IReadOnlyList<MetricPoint> series, List<int> rows, double[] values, int? season)
    {
        if (season == 1 || series.Count <= AnomalyDetector.SpacingRows)
        {
            return values;
        }

        var cycle = SeasonalCycle.For(SeasonalCycle.TypicalStep(series, AnomalyDetector.SpacingRows), season, series[0].Timestamp);
        if (cycle is null || values.Length < 2 * cycle.Length)
        {
            return values;
        }

        var phases = new int[values.Length];
        var byPhase = new List<double>[cycle.Length];
        for (var p = 0; p < cycle.Length; p++)
        {
            byPhase[p] = [];
        }

        var level = MovingAverage(values, cycle.Length);
        for (var i = 0; i < values.Length; i++)
        {
            phases[i] = cycle.PhaseOf(series[rows[i]].Timestamp, rows[i]);
            byPhase[phases[i]].Add(values[i] - level[i]);
        }

        var profile = byPhase.Select(v => v.Count == 0 ? double.NaN : RobustStatistics.Median(v.ToArray())).ToArray();
        var known = profile.Where(double.IsFinite).ToArray();
        var centre = known.Average();
        for (var p = 0; p < profile.Length; p++)
        {
            profile[p] = double.IsFinite(profile[p]) ? profile[p] - centre : 0;
        }

        // Keep the pattern only when it stands out of the noise: each phase median carries noise of
        // about spread × 1.25 / √cycles, so a profile no wider than that is noise itself and
        // removing it would only add noise.
        var cycles = values.Length / (double)cycle.Length;
        var noise = ChangePointDetector.NoiseSpread(values) * 1.2533 / Math.Sqrt(cycles);
        var width = Math.Sqrt(profile.Average(v => v * v));
        if (!(width > 2 * noise))
        {
            return values;
        }

        var adjusted = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            adjusted[i] = values[i] - profile[phases[i]];
        }

        return adjusted;
    }

    /// <summary>The mean of the cycle-long window around each row (the first or last full window near the ends).</summary>
    private static double[] MovingAverage(double[] values, int length)
    {
        var sums = new double[values.Length + 1];
        for (var i = 0; i < values.Length; i++)
        {
            sums[i + 1] = sums[i] + values[i];
        }

        var average = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var from = Math.Clamp(i - (length / 2), 0, values.Length - length);
            average[i] = (sums[from + length] - sums[from]) / length;
        }

        return average;
    }
}
