using System.Diagnostics;
using Assistant.Forecasting.Batch;
using Assistant.Forecasting.Models;
using Xunit.Abstractions;

namespace Assistant.Forecasting.Tests;

public sealed class BatchForecastTests(ITestOutputHelper output)
{
    /// <summary>A model that takes as long as the series says, to make series finish out of order.</summary>
    private sealed class Uneven(Func<string, int> delayMs) : IForecaster
    {
        public string Name => "uneven";

        public Forecast Forecast(TimeSeries series, int horizon)
        {
            Thread.Sleep(delayMs(series.Id));
            return Assistant.Forecasting.Forecast.PointOnly(Name, Enumerable.Repeat(series.Values[^1], horizon).ToArray());
        }
    }

    private sealed class Failing(string badId) : IForecaster
    {
        public string Name => "failing";

        public Forecast Forecast(TimeSeries series, int horizon) => series.Id == badId
            ? throw new InvalidOperationException("the optimiser diverged")
            : Assistant.Forecasting.Forecast.PointOnly(Name, Enumerable.Repeat(series.Values[^1], horizon).ToArray());
    }

    /// <summary>Seven weeks of a noisy weekly pattern with its own level, or three weeks for every tenth series.</summary>
    private static TimeSeries ShortSeries(int i)
    {
        var random = new Random(i);
        var length = i % 10 == 0 ? 21 : 48;
        var level = 50 + i % 200;
        var values = Enumerable.Range(0, length)
            .Select(t => level * (1 + 0.3 * Math.Sin(2 * Math.PI * t / 7)) + random.NextDouble() * 5)
            .ToArray();
        return new TimeSeries($"s{i:D4}", values, 7);
    }

    [Fact]
    public void Hundreds_of_short_series_are_all_forecast_and_delivered_in_input_order()
    {
        // Scale and speed are measured by hand (see bench/README.md); this pins correctness.
        const int horizon = 7;
        const int count = 300;
        var series = Enumerable.Range(0, count).Select(ShortSeries).ToList();
        var delivered = new List<BatchForecastResult>();
        var lastProgress = 0;
        var clock = Stopwatch.StartNew();

        var candidates = BatchModels.Default.Select(name => BatchModels.Find(name)!).ToList();
        new BatchForecaster(candidates).Run(series, horizon, delivered.Add, p => lastProgress = p.Done);

        output.WriteLine($"{count} series (length 21 or 48, horizon {horizon}) on {Environment.ProcessorCount} cores: {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(count, lastProgress);
        Assert.Equal(series.Select(s => s.Id), delivered.Select(r => r.Series.Id));
        Assert.Equal(Enumerable.Range(0, count), delivered.Select(r => r.Index));
        foreach (var result in delivered)
        {
            var f = result.Forecast;
            Assert.Equal(horizon, f.Horizon);
            Assert.Equal(result.Series.Length >= BatchForecaster.MinimumBacktestLength(horizon, 7), result.Backtested);
            for (var h = 0; h < horizon; h++)
            {
                Assert.True(double.IsFinite(f.Lower95[h]) && double.IsFinite(f.Upper95[h]), $"{result.Series.Id}: interval not finite");
                Assert.True(f.Lower95[h] <= f.Lower80[h] && f.Lower80[h] <= f.Mean[h] && f.Mean[h] <= f.Upper80[h] && f.Upper80[h] <= f.Upper95[h],
                    $"{result.Series.Id}, period {h + 1}: intervals do not nest");
            }

            // Every series swings ±30% around its level each week; a sane forecast stays within that.
            var level = result.Series.Values.Average();
            Assert.All(f.Mean, m => Assert.InRange(m, 0.5 * level, 1.5 * level));
        }
    }

    [Fact]
    public void Results_finishing_out_of_order_are_delivered_in_input_order()
    {
        // The even series are slow, so the odd ones after them finish first and must wait.
        var series = Enumerable.Range(0, 40).Select(i => new TimeSeries($"{i}", [1, 2, 3], 1)).ToList();
        var model = new Uneven(id => int.Parse(id, System.Globalization.CultureInfo.InvariantCulture) % 2 == 0 ? 20 : 0);
        var delivered = new List<string>();

        new BatchForecaster([model], maxParallelism: 4) { WindowPerCore = 2 }.Run(series, 2, r => delivered.Add(r.Series.Id));

        Assert.Equal(series.Select(s => s.Id), delivered);
    }

    [Fact]
    public void A_series_too_short_to_backtest_gets_the_first_candidate_directly()
    {
        var seasonal = Enumerable.Range(0, 12).Select(t => 10.0 * (t % 4 + 1)).ToArray();
        var forecaster = new BatchForecaster([new SeasonalNaive(), new AutoEts()]);

        var result = forecaster.ForecastOne(0, new TimeSeries("short", seasonal, 4), 4);

        Assert.False(result.Backtested);
        Assert.Equal("sNaive", result.Forecast.Model);
        Assert.Equal([10, 20, 30, 40], result.Forecast.Mean);
    }

    [Fact]
    public void A_daily_series_is_forecast_with_its_calendar_events()
    {
        var values = Enumerable.Range(0, 70).Select(t => 100.0 + 10 * (t % 7)).ToArray();
        var series = new TimeSeries("daily", values, 7) { FirstDay = new DateOnly(2025, 3, 3) };

        var result = new BatchForecaster([new AutoEts(), new SeasonalNaive()]).ForecastOne(0, series, 14);

        Assert.True(result.Backtested);
        Assert.EndsWith("+ calendar events", result.Forecast.Model);
        for (var h = 0; h < 14; h++)
        {
            Assert.Equal(100.0 + 10 * ((70 + h) % 7), result.Forecast.Mean[h], 1e-3);
        }
    }

    [Fact]
    public void A_failing_series_stops_the_batch_with_its_name_and_does_not_hang()
    {
        var series = Enumerable.Range(0, 500).Select(i => new TimeSeries($"s{i}", [1, 2, 3], 1)).ToList();

        var error = Assert.Throws<InvalidOperationException>(() =>
            new BatchForecaster([new Failing("s3")], maxParallelism: 2) { WindowPerCore = 1 }.Run(series, 2, _ => { }));

        Assert.Contains("s3", error.Message);
        Assert.Contains("the optimiser diverged", error.Message);
    }

    [Fact]
    public void Intervals_are_widened_to_contain_the_mean()
    {
        var skewed = new Forecast("m", [10, 10], [10.5, 8], [12, 9.5], [9, 9.9], [13, 12]);

        var nested = IntervalNesting.Nest(skewed);

        Assert.Equal([10, 8], nested.Lower80);
        Assert.Equal([12, 10], nested.Upper80);
        Assert.Equal([9, 8], nested.Lower95);
        Assert.Equal([13, 12], nested.Upper95);
    }

    [Theory]
    [InlineData("h", 24)]
    [InlineData("D", 7)]
    [InlineData("W", 1)]
    public void Frequencies_have_their_default_seasons(string code, int season)
    {
        Assert.Equal(season, SeriesFrequency.FromCode(code)!.DefaultSeason);
        Assert.Null(SeriesFrequency.FromCode("M"));
        Assert.Equal(SeriesFrequency.Weekly, SeriesFrequency.FromStep(TimeSpan.FromDays(7)));
    }
}
