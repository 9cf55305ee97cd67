using Assistant.Forecasting.Models;
using Assistant.Native;

namespace Assistant.Forecasting.Global;

/// <summary>
/// One gradient-boosted tree model (XGBoost) trained across every series of a set, forecasting
/// all horizons directly: each training row is a window of one series, cut at an origin, its
/// features the values before the origin and the step ahead, its label the value that many
/// periods later, all centred on the window's level and divided by its scale (mean absolute
/// seasonal difference) so that series of any size share the model. Windows are drawn at random
/// (fixed seed) from each series' history, a fixed number per series.
/// <para>
/// Intervals: the last <c>horizon</c> values of each series are kept out of the training labels
/// and forecast from the origin before them; the quantiles of those scaled errors, per step ahead
/// (pooled over neighbouring steps) and over all series, scaled back by each series' scale, give
/// the 80% and 95% intervals.
/// </para>
/// </summary>
public sealed class GlobalBoostedForecaster(GlobalBoostedOptions? options = null) : IGlobalForecaster
{
    private readonly GlobalBoostedOptions options = options ?? GlobalBoostedOptions.Default;

    public string Name => "global-xgb";

    public IReadOnlyList<Forecast> Forecast(IReadOnlyList<TimeSeries> series, int horizon)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        options.Validate();
        var seasons = CheckSet(series);
        var features = new WindowFeatures(seasons, options);
        var columns = features.Columns;

        // Training rows, drawn per series in parallel into each series' own slice.
        var windows = new (int Origin, int Step)[series.Count][];
        var holdout = new bool[series.Count];
        for (var i = 0; i < series.Count; i++)
        {
            var n = series[i].Length;
            holdout[i] = options.HoldOutForIntervals && n - horizon >= features.MinOrigin + 1;
            windows[i] = DrawWindows(n - (holdout[i] ? horizon : 0), horizon, features.MinOrigin, i);
        }

        var offsets = new int[series.Count + 1];
        for (var i = 0; i < series.Count; i++)
        {
            offsets[i + 1] = offsets[i] + windows[i].Length;
        }

        var rows = offsets[^1];
        if (rows == 0)
        {
            throw new ArgumentException($"The series are too short to train on: each needs at least {features.MinOrigin + 1} values.", nameof(series));
        }

        var x = new float[(long)rows * columns];
        var y = new float[rows];
        Parallel.For(0, series.Count, i =>
        {
            var values = series[i].Values;
            var r = offsets[i];
            foreach (var (origin, step) in windows[i])
            {
                var (level, scale) = features.Normaliser(values, origin);
                features.Fill(x.AsSpan(r * columns, columns), values, origin, step, level, scale);
                y[r] = (float)((values[origin + step - 1] - level) / scale - features.Baseline(values, origin, step, level, scale));
                r++;
            }
        });

        using var model = BoostedTrees.Train(x, rows, columns, y, options.Trees);

        // The held-out last stretch of each series (intervals) and the real forecast, in one prediction.
        var holdoutSeries = Enumerable.Range(0, series.Count).Where(i => holdout[i]).ToArray();
        var predictRows = (series.Count + holdoutSeries.Length) * horizon;
        var baselines = new double[predictRows];
        var px = new float[(long)predictRows * columns];
        var normalisers = new (double Level, double Scale)[series.Count];
        var holdoutNormalisers = new (double Level, double Scale)[holdoutSeries.Length];
        Parallel.For(0, series.Count + holdoutSeries.Length, j =>
        {
            var isHoldout = j >= series.Count;
            var i = isHoldout ? holdoutSeries[j - series.Count] : j;
            var values = series[i].Values;
            var origin = values.Length - (isHoldout ? horizon : 0);
            var normaliser = features.Normaliser(values, origin);
            if (isHoldout) holdoutNormalisers[j - series.Count] = normaliser;
            else normalisers[i] = normaliser;
            for (var step = 1; step <= horizon; step++)
            {
                features.Fill(px.AsSpan((j * horizon + step - 1) * columns, columns), values, origin, step, normaliser.Level, normaliser.Scale);
                baselines[j * horizon + step - 1] = features.Baseline(values, origin, step, normaliser.Level, normaliser.Scale);
            }
        });

        var raw = model.Predict(px, predictRows);
        var predicted = new double[predictRows];
        for (var r = 0; r < predictRows; r++)
        {
            predicted[r] = raw[r] + baselines[r];
        }

        var errorQuantiles = holdoutSeries.Length > 0 ? ErrorQuantiles(series, horizon, holdoutSeries, holdoutNormalisers, predicted) : null;

        var forecasts = new Forecast[series.Count];
        for (var i = 0; i < series.Count; i++)
        {
            var (level, scale) = normalisers[i];
            var nonNegative = options.KeepNonNegative && series[i].Values.All(v => v >= 0);
            double[] mean = new double[horizon], lo80 = new double[horizon], hi80 = new double[horizon], lo95 = new double[horizon], hi95 = new double[horizon];
            for (var h = 0; h < horizon; h++)
            {
                var z = predicted[i * horizon + h];
                mean[h] = Clamp(level + scale * z, nonNegative);
                if (errorQuantiles is null)
                {
                    lo80[h] = hi80[h] = lo95[h] = hi95[h] = mean[h];
                    continue;
                }

                var q = errorQuantiles[h];
                lo95[h] = Clamp(level + scale * (z + q[0]), nonNegative);
                lo80[h] = Clamp(level + scale * (z + q[1]), nonNegative);
                hi80[h] = Clamp(level + scale * (z + q[2]), nonNegative);
                hi95[h] = Clamp(level + scale * (z + q[3]), nonNegative);
            }

            forecasts[i] = new Forecast(Name, mean, lo80, hi80, lo95, hi95)
            {
                Fit = new ModelFit(
                    "global gradient-boosted trees, direct multi-step",
                    new Dictionary<string, double>
                    {
                        ["series"] = series.Count,
                        ["rows"] = rows,
                        ["columns"] = columns,
                        ["rounds"] = model.Rounds,
                        ["level"] = level,
                        ["scale"] = scale,
                    },
                    null,
                    scale),
            };
        }

        return forecasts;
    }

    private static double Clamp(double value, bool nonNegative) => nonNegative && value < 0 ? 0 : value;

    /// <summary>The seasons every series shares; the set must agree on them, since the features depend on them.</summary>
    private static int[] CheckSet(IReadOnlyList<TimeSeries> series)
    {
        if (series.Count == 0)
        {
            throw new ArgumentException("The set is empty: a global model needs at least one series.", nameof(series));
        }

        int[]? seasons = null;
        foreach (var s in series)
        {
            ArgumentNullException.ThrowIfNull(s, nameof(series));
            if (s.Values.Length == 0)
            {
                throw new ArgumentException($"Series {s.Id} is empty.", nameof(series));
            }

            var bad = Array.FindIndex(s.Values, v => !double.IsFinite(v));
            if (bad >= 0)
            {
                throw new ArgumentException($"Series {s.Id} has a non-finite value at index {bad}.", nameof(series));
            }

            int[] own = [.. s.MoreSeasonLengths.Append(s.SeasonLength).Where(m => m > 1).Distinct().Order()];
            if (seasons is null)
            {
                seasons = own;
            }
            else if (!seasons.AsSpan().SequenceEqual(own))
            {
                throw new ArgumentException(
                    $"Series {s.Id} has seasons [{string.Join(", ", own)}] but {series[0].Id} has [{string.Join(", ", seasons)}]; one model needs one set of seasons.",
                    nameof(series));
            }
        }

        return seasons!;
    }

    /// <summary>
    /// Training windows (origin, step) whose label lies before <paramref name="end"/>: all of them
    /// when there are few, otherwise a fixed-seed random draw.
    /// </summary>
    private (int Origin, int Step)[] DrawWindows(int end, int horizon, int minOrigin, int index)
    {
        var first = Math.Max(minOrigin, options.OriginSpan is { } span ? end - span : 0);
        if (end - first < 1)
        {
            return [];
        }

        long total = 0;
        for (var o = first; o < end; o++)
        {
            total += Math.Min(horizon, end - o);
        }

        var windows = new List<(int, int)>((int)Math.Min(total, options.WindowsPerSeries));
        if (total <= options.WindowsPerSeries)
        {
            for (var o = first; o < end; o++)
            {
                for (var step = 1; step <= Math.Min(horizon, end - o); step++)
                {
                    windows.Add((o, step));
                }
            }

            return [.. windows];
        }

        var random = new Random(unchecked(options.Seed * 7919 + index));
        for (var k = 0; k < options.WindowsPerSeries; k++)
        {
            var o = random.Next(first, end);
            var step = 1 + random.Next(Math.Min(horizon, end - o));
            windows.Add((o, step));
        }

        return [.. windows];
    }

    /// <summary>Per step ahead: the 2.5%, 10%, 90% and 97.5% quantiles of the scaled held-out errors, pooled over steps h−2..h+2.</summary>
    private static double[][] ErrorQuantiles(
        IReadOnlyList<TimeSeries> series, int horizon, int[] holdoutSeries, (double Level, double Scale)[] normalisers, double[] predicted)
    {
        var errors = new double[horizon][];
        for (var h = 0; h < horizon; h++)
        {
            errors[h] = new double[holdoutSeries.Length];
        }

        for (var j = 0; j < holdoutSeries.Length; j++)
        {
            var values = series[holdoutSeries[j]].Values;
            var origin = values.Length - horizon;
            var (level, scale) = normalisers[j];
            for (var h = 0; h < horizon; h++)
            {
                var actual = (values[origin + h] - level) / scale;
                errors[h][j] = actual - predicted[(series.Count + j) * horizon + h];
            }
        }

        var quantiles = new double[horizon][];
        for (var h = 0; h < horizon; h++)
        {
            var pooled = new List<double>();
            for (var k = Math.Max(0, h - 2); k <= Math.Min(horizon - 1, h + 2); k++)
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
