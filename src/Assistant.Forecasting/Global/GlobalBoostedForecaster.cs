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
/// the 80% and 95% intervals. The held-out forecasts themselves are handed out too
/// (<see cref="IHeldOutForecaster"/>), so that a combination can calibrate its own intervals.
/// </para>
/// <para>
/// With <see cref="GlobalBoostedOptions.FullHistoryModels"/> above 0, further models trained on
/// the whole history (other windows, other tree seed) join the forecast, which is then the mean
/// of all of them; the intervals keep the hold-out model's error quantiles, which are a little
/// wide for the mean, since it errs less than one model.
/// </para>
/// </summary>
public sealed class GlobalBoostedForecaster(GlobalBoostedOptions? options = null) : IHeldOutForecaster
{
    private readonly GlobalBoostedOptions options = options ?? GlobalBoostedOptions.Default;

    public string Name => "global-xgb";

    public IReadOnlyList<Forecast> Forecast(IReadOnlyList<TimeSeries> series, int horizon) => ForecastWithHeldOut(series, horizon).Forecasts;

    public HeldOutForecasts ForecastWithHeldOut(IReadOnlyList<TimeSeries> series, int horizon)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        options.Validate();
        var seasons = CheckSet(series);
        var features = new WindowFeatures(seasons, options);

        var holdout = new bool[series.Count];
        for (var i = 0; i < series.Count; i++)
        {
            holdout[i] = options.HoldOutForIntervals && series[i].Length - horizon >= features.MinOrigin + 1;
        }

        // Model 0 keeps each series' last horizon out of its labels (when the series is long
        // enough), so its errors there are honest and give the intervals; the full-history
        // models see everything. All of them forecast the future, and their mean is the forecast.
        var models = new List<BoostedTrees>(1 + options.FullHistoryModels);
        try
        {
            var (first, rows) = Train(series, horizon, features, i => series[i].Length - (holdout[i] ? horizon : 0), 0);
            models.Add(first);
            for (var k = 1; k <= options.FullHistoryModels; k++)
            {
                models.Add(Train(series, horizon, features, i => series[i].Length, k).Model);
            }

            return Predict(series, horizon, features, holdout, models, rows);
        }
        finally
        {
            foreach (var model in models)
            {
                model.Dispose();
            }
        }
    }

    /// <summary>
    /// Trains model number <paramref name="index"/> (its own window draw and tree seed) on windows
    /// whose labels lie before <paramref name="end"/>(series index); returns it with its row count.
    /// </summary>
    private (BoostedTrees Model, int Rows) Train(IReadOnlyList<TimeSeries> series, int horizon, WindowFeatures features, Func<int, int> end, int index)
    {
        var columns = features.Columns;

        // Training rows, drawn per series in parallel into each series' own slice.
        var windows = new (int Origin, int Step)[series.Count][];
        for (var i = 0; i < series.Count; i++)
        {
            windows[i] = DrawWindows(end(i), horizon, features.MinOrigin, i, index);
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

        var trees = index == 0 ? options.Trees : options.Trees with { Seed = unchecked(options.Trees.Seed + index) };
        return (BoostedTrees.Train(x, rows, columns, y, trees), rows);
    }

    /// <summary>The forecasts from the trained models, with intervals from model 0's hold-out errors.</summary>
    private HeldOutForecasts Predict(IReadOnlyList<TimeSeries> series, int horizon, WindowFeatures features, bool[] holdout, List<BoostedTrees> models, int rows)
    {
        var columns = features.Columns;

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

        // Model 0 predicts every row; the others only the future (their training saw the hold-out).
        var raw = models[0].Predict(px, predictRows);
        var futureRows = series.Count * horizon;
        var predicted = new double[predictRows];
        for (var r = 0; r < predictRows; r++)
        {
            predicted[r] = raw[r];
        }

        if (models.Count > 1)
        {
            var futureX = px.AsSpan(0, futureRows * columns).ToArray();
            foreach (var other in models.Skip(1))
            {
                var more = other.Predict(futureX, futureRows);
                for (var r = 0; r < futureRows; r++)
                {
                    predicted[r] += more[r];
                }
            }

            for (var r = 0; r < futureRows; r++)
            {
                predicted[r] /= models.Count;
            }
        }

        for (var r = 0; r < predictRows; r++)
        {
            predicted[r] += baselines[r];
        }

        var errorQuantiles = holdoutSeries.Length > 0 ? ErrorQuantiles(series, horizon, holdoutSeries, holdoutNormalisers, predicted) : null;

        // Model 0's forecasts of the held-out stretches, in the series' own units.
        var heldOut = new double[]?[series.Count];
        for (var j = 0; j < holdoutSeries.Length; j++)
        {
            var i = holdoutSeries[j];
            var (level, scale) = holdoutNormalisers[j];
            var nonNegative = options.KeepNonNegative && series[i].Values.All(v => v >= 0);
            heldOut[i] = [.. Enumerable.Range(0, horizon).Select(h => Clamp(level + scale * predicted[(series.Count + j) * horizon + h], nonNegative))];
        }

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
                        ["rounds"] = models[0].Rounds,
                        ["models"] = models.Count,
                        ["level"] = level,
                        ["scale"] = scale,
                    },
                    null,
                    scale),
            };
        }

        return new HeldOutForecasts(forecasts, heldOut);
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
    private (int Origin, int Step)[] DrawWindows(int end, int horizon, int minOrigin, int index, int model)
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

        // Model 0 keeps the original draw; every further model draws its own windows.
        var random = new Random(unchecked(options.Seed * 7919 + index + model * 1_000_003));
        for (var k = 0; k < options.WindowsPerSeries; k++)
        {
            var o = random.Next(first, end);
            var step = 1 + random.Next(Math.Min(horizon, end - o));
            windows.Add((o, step));
        }

        return [.. windows];
    }

    /// <summary>Per step ahead: quantiles of model 0's scaled errors on the held-out last horizons (see <see cref="HeldOutQuantiles"/>).</summary>
    private static double[][]? ErrorQuantiles(
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

        return HeldOutQuantiles.PerStep(errors);
    }
}
