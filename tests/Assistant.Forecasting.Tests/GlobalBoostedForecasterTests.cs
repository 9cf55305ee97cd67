using Assistant.Forecasting.Global;
using Assistant.Native;

namespace Assistant.Forecasting.Tests;

public sealed class GlobalBoostedForecasterTests
{
    /// <summary>Small and quick: 200 windows per series, 100 shallow trees on one thread.</summary>
    private static readonly GlobalBoostedOptions Quick = GlobalBoostedOptions.Default with
    {
        RecentLags = 12,
        SeasonalLags = 2,
        LevelWindow = 12,
        ScaleWindow = 48,
        BaselineSeasons = 1,
        WindowsPerSeries = 200,
        Trees = GlobalBoostedOptions.Default.Trees with { Rounds = 100, MaxDepth = 5, LearningRate = 0.2, Subsample = 1, ColumnSampleByTree = 1, MinChildWeight = 1, Threads = 1 },
    };

    private static double[] Season(int length, double level, double amplitude, int phase) =>
        [.. Enumerable.Range(0, length).Select(t => level + amplitude * Math.Sin(2 * Math.PI * (t + phase) / 12) + 0.5 * amplitude * Math.Cos(4 * Math.PI * (t + phase) / 12))];

    private static List<TimeSeries> SeasonalSet(int length) =>
        [.. Enumerable.Range(0, 12).Select(i => new TimeSeries($"S{i}", Season(length, 100 * (i + 1), 10 * (i % 5 + 1), i), 12))];

    [Fact]
    public void Forecasts_a_set_of_pure_seasonal_series_nearly_exactly()
    {
        const int n = 120, h = 12;
        var set = SeasonalSet(n);
        var forecasts = new GlobalBoostedForecaster(Quick).Forecast(set, h);

        Assert.Equal(set.Count, forecasts.Count);
        for (var i = 0; i < set.Count; i++)
        {
            var amplitude = 10.0 * (i % 5 + 1);
            var future = Season(n + h, 100 * (i + 1), amplitude, i)[n..];
            var worst = future.Zip(forecasts[i].Mean, (a, f) => Math.Abs(a - f)).Max();
            Assert.True(worst < 0.05 * amplitude, $"series {i}: worst error {worst} against amplitude {amplitude}");
            Assert.All(Enumerable.Range(0, h), k => Assert.True(forecasts[i].Lower95[k] <= forecasts[i].Mean[k] && forecasts[i].Mean[k] <= forecasts[i].Upper95[k]));
        }
    }

    [Fact]
    public void Continues_linear_trends()
    {
        const int n = 60, h = 6;
        var set = Enumerable.Range(0, 12)
            .Select(i => new TimeSeries($"L{i}", [.. Enumerable.Range(0, n).Select(t => 50.0 * i + (i + 1) * 0.5 * t)], 1))
            .ToList();
        var forecasts = new GlobalBoostedForecaster(Quick).Forecast(set, h);

        for (var i = 0; i < set.Count; i++)
        {
            var slope = (i + 1) * 0.5;
            for (var k = 1; k <= h; k++)
            {
                var expected = 50.0 * i + slope * (n - 1 + k);
                Assert.True(Math.Abs(forecasts[i].Mean[k - 1] - expected) < 0.1 * slope * k,
                    $"series {i}, step {k}: {forecasts[i].Mean[k - 1]} against {expected}");
            }
        }
    }

    [Fact]
    public void A_window_reads_nothing_at_or_after_its_origin()
    {
        var features = new WindowFeatures([12, 48], Quick with { SeasonPosition = true });
        var values = Season(200, 500, 40, 3);
        foreach (var origin in new[] { 5, 13, 60, 150 })
        {
            var tampered = (double[])values.Clone();
            for (var t = origin; t < tampered.Length; t++)
            {
                tampered[t] = 1e6 * (t % 7 + 1);
            }

            var normal = features.Normaliser(values, origin);
            Assert.Equal(normal, features.Normaliser(tampered, origin));
            for (var step = 1; step <= 30; step++)
            {
                var row = new float[features.Columns];
                var tamperedRow = new float[features.Columns];
                features.Fill(row, values, origin, step, normal.Level, normal.Scale);
                features.Fill(tamperedRow, tampered, origin, step, normal.Level, normal.Scale);
                Assert.Equal(row, tamperedRow);
            }
        }
    }

    [Fact]
    public void Forecasts_depend_only_on_the_histories_given()
    {
        // The same histories forecast the same, whatever followed them: the model is handed the
        // histories only, and the last horizon of each is kept out of its training labels.
        var set = SeasonalSet(96);
        var first = new GlobalBoostedForecaster(Quick).Forecast(set, 12);
        var again = new GlobalBoostedForecaster(Quick).Forecast([.. set.Select(s => s with { Values = [.. s.Values] })], 12);

        for (var i = 0; i < set.Count; i++)
        {
            Assert.Equal(first[i].Mean, again[i].Mean);
            Assert.Equal(first[i].Lower95, again[i].Lower95);
            Assert.Equal(first[i].Upper95, again[i].Upper95);
        }
    }

    [Fact]
    public void Full_history_models_join_the_forecast_but_not_the_held_out_one()
    {
        // Seasons with a little deterministic noise (0.5% of the amplitude), so that models
        // trained on other windows do differ.
        const int n = 120, h = 12;
        static double Noise(int i, int t) => 0.005 * Math.Sin(1.7 * t * t + 3.1 * i);
        var set = Enumerable.Range(0, 12)
            .Select(i => new TimeSeries($"S{i}", [.. Season(n, 100 * (i + 1), 10 * (i % 5 + 1), i).Select((v, t) => v + 10 * (i % 5 + 1) * Noise(i, t))], 12))
            .ToList();
        var single = new GlobalBoostedForecaster(Quick).ForecastWithHeldOut(set, h);
        var bagged = new GlobalBoostedForecaster(Quick with { FullHistoryModels = 2 }).ForecastWithHeldOut(set, h);

        for (var i = 0; i < set.Count; i++)
        {
            // Model 0 is the same in both, so the held-out forecasts (and the intervals' errors) are too.
            Assert.Equal(single.HeldOut[i], bagged.HeldOut[i]);
            Assert.Equal(h, bagged.HeldOut[i]!.Length);

            // Still close on the seasons, with the intervals around the mean.
            var amplitude = 10.0 * (i % 5 + 1);
            var future = Season(n + h, 100 * (i + 1), amplitude, i)[n..];
            var worst = future.Zip(bagged.Forecasts[i].Mean, (a, f) => Math.Abs(a - f)).Max();
            Assert.True(worst < 0.05 * amplitude, $"series {i}: worst error {worst} against amplitude {amplitude}");
            Assert.All(Enumerable.Range(0, h), k => Assert.True(bagged.Forecasts[i].Lower95[k] <= bagged.Forecasts[i].Mean[k] && bagged.Forecasts[i].Mean[k] <= bagged.Forecasts[i].Upper95[k]));
            Assert.Equal(3, bagged.Forecasts[i].Fit!.Parameters["models"]);
        }

        // The extra models were trained on other windows and seeds: the mean moved.
        Assert.Contains(Enumerable.Range(0, set.Count), i => !single.Forecasts[i].Mean.SequenceEqual(bagged.Forecasts[i].Mean));
    }

    /// <summary>A global model that knows the ramps' future exactly (held-out stretch included).</summary>
    private sealed class ExactRamps : IHeldOutForecaster
    {
        public string Name => "exact";

        public IReadOnlyList<Forecast> Forecast(IReadOnlyList<TimeSeries> series, int horizon) => ForecastWithHeldOut(series, horizon).Forecasts;

        public HeldOutForecasts ForecastWithHeldOut(IReadOnlyList<TimeSeries> series, int horizon)
        {
            static double[] Continue(double[] v, int from, int horizon) => [.. Enumerable.Range(0, horizon).Select(k => v[from - 1] + (k + 1) * (v[1] - v[0]))];
            return new HeldOutForecasts(
                [.. series.Select(s => Assistant.Forecasting.Forecast.PointOnly(Name, Continue(s.Values, s.Length, horizon)))],
                [.. series.Select(s => Continue(s.Values, s.Length - horizon, horizon))]);
        }
    }

    /// <summary>Repeats the last value, with intervals far too wide: ±100 times the ramp's slope.</summary>
    private sealed class WideNaive : IForecaster
    {
        public string Name => "naive";

        public Forecast Forecast(TimeSeries series, int horizon)
        {
            var mean = Enumerable.Repeat(series.Values[^1], horizon).ToArray();
            var wide = 100 * (series.Values[1] - series.Values[0]);
            return new Forecast(Name, mean, [.. mean.Select(m => m - wide / 2)], [.. mean.Select(m => m + wide / 2)], [.. mean.Select(m => m - wide)], [.. mean.Select(m => m + wide)]);
        }
    }

    [Fact]
    public void A_combination_calibrates_its_intervals_on_its_own_held_out_errors()
    {
        // Ramps y = a + b t: the exact global model and naive average to a forecast that falls
        // behind by b (k + 1) / 2 at step k (0-based), on the held-out stretch as in the future;
        // in units of naive's 95% half-width, 100 b, that error is (k + 1) / 200 for every series.
        const int n = 40, h = 6;
        var set = Enumerable.Range(0, 10).Select(i => new TimeSeries($"R{i}", [.. Enumerable.Range(0, n).Select(t => 10.0 * i + (i + 1) * t)], 1)).ToList();
        var forecasts = new GlobalCombination("both", new ExactRamps(), [new WideNaive()]).Forecast(set, h);

        for (var i = 0; i < set.Count; i++)
        {
            var b = i + 1.0;
            for (var k = 0; k < h; k++)
            {
                var truth = 10.0 * i + b * (n + k);
                Assert.Equal(truth - b * (k + 1) / 2, forecasts[i].Mean[k], 9);

                // The pooled errors of steps k-2..k+2, one per series each (in units of b here).
                var pooled = Enumerable.Range(Math.Max(0, k - 2), Math.Min(h - 1, k + 2) - Math.Max(0, k - 2) + 1)
                    .SelectMany(j => Enumerable.Repeat((j + 1) / 2.0, set.Count)).Order().ToArray();
                Assert.Equal(forecasts[i].Mean[k] + b * Models.Quantiles.At(pooled, 0.025), forecasts[i].Lower95[k], 9);
                Assert.Equal(forecasts[i].Mean[k] + b * Models.Quantiles.At(pooled, 0.975), forecasts[i].Upper95[k], 9);

                // Nothing like the naive member's ±100 b, and the truth is inside.
                Assert.True(forecasts[i].Upper95[k] - forecasts[i].Lower95[k] < 3 * b);
                Assert.InRange(truth, forecasts[i].Lower95[k] - 1e-9, forecasts[i].Upper95[k] + 1e-9);
            }
        }
    }

    [Fact]
    public void Rejects_bad_input_with_clear_errors()
    {
        var model = new GlobalBoostedForecaster(Quick);
        var set = SeasonalSet(48);

        Assert.Contains("empty", Assert.Throws<ArgumentException>(() => model.Forecast([], 12)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Forecast(set, 0));
        Assert.Contains("S0", Assert.Throws<ArgumentException>(() => model.Forecast([new TimeSeries("S0", [], 12)], 3)).Message);
        Assert.Contains("index 2", Assert.Throws<ArgumentException>(() => model.Forecast([new TimeSeries("S0", [1, 2, double.NaN, 4], 1)], 3)).Message);
        Assert.Contains("seasons", Assert.Throws<ArgumentException>(() => model.Forecast([set[0], set[1] with { SeasonLength = 7 }], 3)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new GlobalBoostedForecaster(Quick with { WindowsPerSeries = 0 }).Forecast(set, 3));
    }
}
