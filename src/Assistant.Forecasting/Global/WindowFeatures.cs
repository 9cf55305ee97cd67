namespace Assistant.Forecasting.Global;

/// <summary>
/// The feature row of one window: the history before an origin, described for the value
/// <c>step</c> periods ahead (1 = the value at the origin), every value centred on the window's level and divided by its scale
/// (both measured before the origin), so that one model serves series of any size. Nothing at or
/// after the origin is read: the row depends on <c>values[..origin]</c> only.
/// </summary>
public sealed class WindowFeatures
{
    private readonly int[] seasons;
    private readonly int recentLags;
    private readonly int seasonalLags;
    private readonly int levelWindow;
    private readonly int scaleLag;
    private readonly int scaleWindow;
    private readonly bool seasonPosition;
    private readonly int baselineSeasons;

    public WindowFeatures(IReadOnlyList<int> seasons, GlobalBoostedOptions options)
    {
        this.seasons = [.. seasons.Where(s => s > 1).Distinct().Order()];
        var shortest = this.seasons.Length > 0 ? this.seasons[0] : 1;
        recentLags = options.RecentLags;
        seasonalLags = options.SeasonalLags;
        levelWindow = options.LevelWindow ?? (this.seasons.Length > 0 ? this.seasons[^1] : 1);
        scaleLag = options.ScaleLag ?? shortest;
        scaleWindow = options.ScaleWindow;
        seasonPosition = options.SeasonPosition;
        baselineSeasons = this.seasons.Length > 0 ? options.BaselineSeasons : 0;
        Columns = recentLags + this.seasons.Length * (seasonalLags + 1 + (seasonPosition ? 1 : 0)) + 2;
    }

    public int Columns { get; }

    /// <summary>The earliest origin a training window may have: enough history for a level and a scale.</summary>
    public int MinOrigin => Math.Max(2, Math.Min(levelWindow, scaleLag + 1));

    /// <summary>The window's level and scale, from the values before the origin.</summary>
    public (double Level, double Scale) Normaliser(ReadOnlySpan<double> values, int origin)
    {
        var count = Math.Min(levelWindow, origin);
        var sum = 0.0;
        for (var i = origin - count; i < origin; i++)
        {
            sum += values[i];
        }

        var level = sum / count;
        var scale = MeanAbsoluteDifference(values, origin, scaleLag);
        if (!(scale > 0))
        {
            scale = MeanAbsoluteDifference(values, origin, 1);
        }

        var floor = 1e-3 * Math.Max(Math.Abs(level), 1e-3);
        return (level, Math.Max(scale, floor));
    }

    private double MeanAbsoluteDifference(ReadOnlySpan<double> values, int origin, int lag)
    {
        var start = Math.Max(lag, origin - scaleWindow);
        if (start >= origin)
        {
            return 0;
        }

        var sum = 0.0;
        for (var i = start; i < origin; i++)
        {
            sum += Math.Abs(values[i] - values[i - lag]);
        }

        return sum / (origin - start);
    }

    /// <summary>Writes the features for the value <paramref name="step"/> (1-based) periods after <paramref name="origin"/>.</summary>
    public void Fill(Span<float> row, ReadOnlySpan<double> values, int origin, int step, double level, double scale)
    {
        var c = 0;
        for (var lag = 1; lag <= recentLags; lag++)
        {
            row[c++] = At(values, origin, origin - lag, level, scale);
        }

        var target = origin + step - 1;
        foreach (var s in seasons)
        {
            // The latest whole-season lag of the target that is before the origin.
            var first = (step + s - 1) / s;
            for (var k = 0; k < seasonalLags; k++)
            {
                row[c++] = At(values, origin, target - (first + k) * s, level, scale);
            }

            if (origin >= s)
            {
                var sum = 0.0;
                for (var i = origin - s; i < origin; i++)
                {
                    sum += values[i];
                }

                row[c++] = (float)((sum / s - level) / scale);
            }
            else
            {
                row[c++] = float.NaN;
            }

            if (seasonPosition)
            {
                row[c++] = target % s;
            }
        }

        row[c++] = step;
        // How noisy the series is relative to its level: tells a flat-ish series from a wild one.
        row[c++] = (float)Math.Log(scale / Math.Max(Math.Abs(level), 1e-9 * scale + 1e-12));
    }

    /// <summary>
    /// The scaled baseline the model's output is added to: 0 (the level), or the mean of the
    /// target's latest whole-season lags of the longest season that are before the origin.
    /// </summary>
    public double Baseline(ReadOnlySpan<double> values, int origin, int step, double level, double scale)
    {
        if (baselineSeasons == 0)
        {
            return 0;
        }

        var s = seasons[^1];
        var target = origin + step - 1;
        var first = (step + s - 1) / s;
        double sum = 0;
        var count = 0;
        for (var k = 0; k < baselineSeasons; k++)
        {
            var index = target - (first + k) * s;
            if (index >= 0)
            {
                sum += values[index];
                count++;
            }
        }

        return count == 0 ? 0 : (sum / count - level) / scale;
    }

    private static float At(ReadOnlySpan<double> values, int origin, int index, double level, double scale) =>
        index >= 0 && index < origin ? (float)((values[index] - level) / scale) : float.NaN;
}
