using Assistant.Forecasting.Models;
using Assistant.Native;

namespace Assistant.Forecasting.Daily;

/// <summary>
/// One gradient-boosted tree model (XGBoost) trained across many dated daily series (sites,
/// lanes), forecasting every day of the horizon directly (the step ahead is a feature). Each
/// training row is a window of one series cut at an origin: its features are the days before the
/// origin and the calendar of the target day (<see cref="DailyFeatures"/>), its label the target
/// day's value over the window's level. Origins are drawn with a fixed seed from each series'
/// whole history, so the peaks of earlier years are in the training set.
/// <para>
/// Intervals: a first model is trained with two stretches of every series kept out of its
/// labels, the last <c>horizon</c> days and the same days a year earlier, and forecasts them from
/// the origins before them; the quantiles of those errors, relative to the forecast and pooled over
/// neighbouring steps and all series, give the 80% and 95% bounds. Relative, because the demand
/// noise is multiplicative: a Cyber Monday forecast twice a normal day's gets an interval twice as
/// wide. Then <see cref="DailyBoostedOptions.Models"/> models trained on every window are
/// averaged for the point forecast (<see cref="DailyBoostedOptions.RetrainOnAll"/>).
/// </para>
/// <para>
/// Deterministic: the same histories and options give the same forecasts, bit for bit.
/// </para>
/// </summary>
public sealed class DailyBoostedForecaster(DailyBoostedOptions? options = null)
{
    public const int MaxHorizonDays = 90;

    // Holdout errors are relative to the forecast, floored at this share of the level, so that a
    // forecast near 0 (Christmas Day) does not blow its relative errors up.
    private const double RelativeFloor = 0.05;

    // Each step's error quantiles pool neighbouring steps until there are at least this many.
    private const int MinPooledErrors = 60;

    private readonly DailyBoostedOptions options = options ?? DailyBoostedOptions.Default;

    public string Name => options.UseEvents ? "daily-global-xgb" : "daily-global-xgb (no events)";

    /// <summary>The shortest history a series may have for a forecast of <paramref name="horizon"/> days.</summary>
    public static int MinHistoryDays(int horizon) => DailyFeatures.LevelDays + DailyFeatures.RecentDays + horizon;

    /// <summary>
    /// One forecast per history, in the order given, for the <paramref name="horizon"/> days after
    /// each one's last day.
    /// </summary>
    /// <exception cref="ArgumentException">The list is empty, or a history is too short or holds a non-finite value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is not 1 to 90 days.</exception>
    public IReadOnlyList<Forecast> Forecast(IReadOnlyList<DailyHistory> histories, int horizon)
    {
        ArgumentNullException.ThrowIfNull(histories);
        if (horizon is < 1 or > MaxHorizonDays)
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, $"The horizon must be 1 to {MaxHorizonDays} days.");
        }

        options.Validate();
        Check(histories, horizon);
        var calendar = new DailyCalendar(histories.Min(h => h.FirstDay), histories.Max(h => h.LastDay).AddDays(horizon));
        var features = new DailyFeatures(calendar, options.UseEvents);
        var perSeries = Math.Max(1, Math.Min(options.WindowsPerSeries, options.MaxWindows / histories.Count));

        // The calibration model: two stretches of every series are kept out of its labels and
        // forecast, the last horizon (the newest errors) and the horizon's days a year earlier
        // (the errors of the same season: an ordinary fortnight says little about a peak's).
        var lengths = histories.Select(h => h.Values.Length).ToArray();
        var lastOrigins = lengths.Select(n => n - horizon).ToArray();
        var yearOrigins = lengths.Select(n => n - DailyFeatures.Year).ToArray();
        var yearHeldOut = yearOrigins.Select(o => o >= MinHistoryDays(0)).ToArray();
        using var calibration = Train(histories, lastOrigins, i => yearHeldOut[i] ? yearOrigins[i] : -1, horizon, perSeries, features, 0, out var rows);
        var yearSeries = Enumerable.Range(0, histories.Count).Where(i => yearHeldOut[i]).ToArray();
        var heldOutHistories = histories.Concat(yearSeries.Select(i => histories[i])).ToList();
        int[] heldOutOrigins = [.. lastOrigins, .. yearSeries.Select(i => yearOrigins[i])];
        var heldOut = Predict(calibration, heldOutHistories, heldOutOrigins, horizon, features);
        var quantiles = ErrorQuantiles(heldOutHistories, heldOutOrigins, horizon, heldOut);

        var origins = histories.Select(h => h.Values.Length).ToArray();
        double[][] scaled;
        if (options.RetrainOnAll)
        {
            // Several models on different draws of windows, averaged: with a couple of years of
            // history each peak day is seen in few rows, and one model's peak forecast moved by
            // a couple of WAPE points with the seed alone.
            scaled = [.. histories.Select(_ => new double[horizon])];
            for (var k = 0; k < options.Models; k++)
            {
                using var full = Train(histories, origins, _ => -1, horizon, perSeries, features, k + 1, out rows);
                var path = Predict(full, histories, origins, horizon, features);
                for (var i = 0; i < histories.Count; i++)
                {
                    for (var h = 0; h < horizon; h++)
                    {
                        scaled[i][h] += path[i][h] / options.Models;
                    }
                }
            }
        }
        else
        {
            scaled = Predict(calibration, histories, origins, horizon, features);
        }

        var forecasts = new Forecast[histories.Count];
        for (var i = 0; i < histories.Count; i++)
        {
            var values = histories[i].Values;
            var level = DailyFeatures.Level(values, values.Length);
            var nonNegative = options.KeepNonNegative && values.All(v => v >= 0);
            double Clamp(double v) => nonNegative && v < 0 ? 0 : v;
            double[] mean = new double[horizon], lo80 = new double[horizon], hi80 = new double[horizon], lo95 = new double[horizon], hi95 = new double[horizon];
            for (var h = 0; h < horizon; h++)
            {
                var z = scaled[i][h];
                var width = Math.Max(Math.Abs(z), RelativeFloor);
                var q = quantiles[h];
                mean[h] = Clamp(level * z);
                // Kept nested around the mean even when the held-out errors were all of one sign.
                lo80[h] = Math.Min(mean[h], Clamp(level * (z + width * q[1])));
                hi80[h] = Math.Max(mean[h], Clamp(level * (z + width * q[2])));
                lo95[h] = Math.Min(lo80[h], Clamp(level * (z + width * q[0])));
                hi95[h] = Math.Max(hi80[h], Clamp(level * (z + width * q[3])));
            }

            forecasts[i] = new Forecast(Name, mean, lo80, hi80, lo95, hi95)
            {
                Fit = new ModelFit(
                    "global gradient-boosted trees over dated daily series, direct multi-step" + (options.UseEvents ? ", with calendar events" : ""),
                    new Dictionary<string, double>
                    {
                        ["series"] = histories.Count,
                        ["rows"] = rows,
                        ["columns"] = features.Columns,
                        ["rounds"] = options.Trees.Rounds,
                        ["models"] = options.RetrainOnAll ? options.Models : 1,
                        ["level"] = level,
                    },
                    null,
                    // The normal-equivalent spread of a day-ahead error: the 80% band over 2 × 1.2816.
                    level * (quantiles[0][2] - quantiles[0][1]) / 2.563),
            };
        }

        return forecasts;
    }

    private static void Check(IReadOnlyList<DailyHistory> histories, int horizon)
    {
        if (histories.Count == 0)
        {
            throw new ArgumentException("The list of histories is empty: a global model needs at least one series.", nameof(histories));
        }

        var needed = MinHistoryDays(horizon);
        for (var i = 0; i < histories.Count; i++)
        {
            var h = histories[i] ?? throw new ArgumentException($"History {i} is null.", nameof(histories));
            if (h.Values is null || h.Values.Length < needed)
            {
                throw new ArgumentException(
                    $"History {i} (from {h.FirstDay:yyyy-MM-dd}) has {h.Values?.Length ?? 0} days; a {horizon}-day forecast needs at least {needed}.",
                    nameof(histories));
            }

            var bad = Array.FindIndex(h.Values, v => !double.IsFinite(v));
            if (bad >= 0)
            {
                throw new ArgumentException($"History {i} has a non-finite value on {h.FirstDay.AddDays(bad):yyyy-MM-dd}.", nameof(histories));
            }
        }
    }

    /// <summary>
    /// Trains on windows of every series whose target lies before <paramref name="ends"/>[i] and
    /// outside the <c>horizon</c> days from <paramref name="heldOut"/>(i) (none when negative).
    /// Each <paramref name="draw"/> samples other windows and grows other trees.
    /// </summary>
    private BoostedTrees Train(
        IReadOnlyList<DailyHistory> histories, int[] ends, Func<int, int> heldOut, int horizon, int perSeries, DailyFeatures features, int draw, out int rows)
    {
        var windows = new (int Origin, int Step)[histories.Count][];
        var offsets = new int[histories.Count + 1];
        for (var i = 0; i < histories.Count; i++)
        {
            windows[i] = DrawWindows(ends[i], heldOut(i), horizon, perSeries, unchecked(options.Seed + 104_729 * draw), i);
            offsets[i + 1] = offsets[i] + windows[i].Length;
        }

        rows = offsets[^1];
        var columns = features.Columns;
        var x = new float[(long)rows * columns];
        var y = new float[rows];
        Parallel.For(0, histories.Count, i =>
        {
            var values = histories[i].Values;
            var r = offsets[i];
            foreach (var (origin, step) in windows[i])
            {
                var level = DailyFeatures.Level(values, origin);
                features.Fill(x.AsSpan(r * columns, columns), values, histories[i].FirstDay, origin, step, level);
                y[r] = (float)(values[origin + step - 1] / level);
                r++;
            }
        });

        return BoostedTrees.Train(x, rows, columns, y, options.Trees with { Seed = unchecked(options.Trees.Seed + draw) });
    }

    /// <summary>
    /// Training windows (origin, step) of one series whose target is before <paramref name="end"/>
    /// and not among the <paramref name="horizon"/> days from <paramref name="heldOut"/>: origins
    /// anywhere from the first with a full level window, drawn with a fixed seed per series.
    /// </summary>
    private static (int Origin, int Step)[] DrawWindows(int end, int heldOut, int horizon, int count, int seed, int index)
    {
        var first = DailyFeatures.LevelDays;
        var random = new Random(unchecked(seed * 7919 + index));
        var windows = new List<(int, int)>(count);
        // The held-out stretch is a few percent of the days, so redrawing is cheap; the bound on
        // tries only guards against a history that is nearly all held out.
        for (var tries = 0; windows.Count < count && tries < 20 * count; tries++)
        {
            var origin = random.Next(first, end);
            var step = 1 + random.Next(Math.Min(horizon, end - origin));
            var target = origin + step - 1;
            if (target < heldOut || target >= heldOut + horizon)
            {
                windows.Add((origin, step));
            }
        }

        return [.. windows];
    }

    /// <summary>The scaled forecasts (value over level) of every series from its origin, steps 1 to horizon.</summary>
    private static double[][] Predict(BoostedTrees model, IReadOnlyList<DailyHistory> histories, int[] origins, int horizon, DailyFeatures features)
    {
        var columns = features.Columns;
        var rows = histories.Count * horizon;
        var x = new float[(long)rows * columns];
        Parallel.For(0, histories.Count, i =>
        {
            var values = histories[i].Values;
            var level = DailyFeatures.Level(values, origins[i]);
            for (var step = 1; step <= horizon; step++)
            {
                features.Fill(x.AsSpan((i * horizon + step - 1) * columns, columns), values, histories[i].FirstDay, origins[i], step, level);
            }
        });

        var raw = model.Predict(x, rows);
        return [.. Enumerable.Range(0, histories.Count).Select(i => raw.AsSpan(i * horizon, horizon).ToArray().Select(v => (double)v).ToArray())];
    }

    /// <summary>
    /// Per step: the 2.5%, 10%, 90% and 97.5% quantiles of the held-out errors relative to the
    /// forecast ((actual − forecast) / max(forecast, floor), in scaled units), pooled over
    /// neighbouring steps (at least ±2) until there are enough.
    /// </summary>
    private static double[][] ErrorQuantiles(IReadOnlyList<DailyHistory> histories, int[] origins, int horizon, double[][] predicted)
    {
        var errors = new double[horizon][];
        for (var h = 0; h < horizon; h++)
        {
            errors[h] = new double[histories.Count];
        }

        for (var i = 0; i < histories.Count; i++)
        {
            var values = histories[i].Values;
            var level = DailyFeatures.Level(values, origins[i]);
            for (var h = 0; h < horizon; h++)
            {
                var z = predicted[i][h];
                errors[h][i] = (values[origins[i] + h] / level - z) / Math.Max(Math.Abs(z), RelativeFloor);
            }
        }

        var quantiles = new double[horizon][];
        for (var h = 0; h < horizon; h++)
        {
            var reach = 2;
            while ((Math.Min(horizon - 1, h + reach) - Math.Max(0, h - reach) + 1) * histories.Count < MinPooledErrors && reach < horizon)
            {
                reach++;
            }

            var pooled = new List<double>();
            for (var k = Math.Max(0, h - reach); k <= Math.Min(horizon - 1, h + reach); k++)
            {
                pooled.AddRange(errors[k]);
            }

            var sorted = pooled.ToArray();
            Array.Sort(sorted);
            quantiles[h] = [Quantiles.At(sorted, 0.025), Quantiles.At(sorted, 0.10), Quantiles.At(sorted, 0.90), Quantiles.At(sorted, 0.975)];
        }

        return quantiles;
    }
}
