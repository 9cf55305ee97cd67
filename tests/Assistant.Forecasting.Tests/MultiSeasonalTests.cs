using Assistant.Forecasting.Models;

namespace Assistant.Forecasting.Tests;

public sealed class MultiSeasonalTests
{
    private static readonly MultiSeasonal Mstl = new();

    /// <summary>Four weeks of hours with the daily and the weekly cycle declared.</summary>
    private static TimeSeries Hourly(string id, Func<int, double> value, int length = 4 * 168) =>
        new(id, Enumerable.Range(0, length).Select(value).ToArray(), 24) { MoreSeasonLengths = [168] };

    private static void AssertNested(Forecast f)
    {
        for (var h = 0; h < f.Horizon; h++)
        {
            Assert.True(double.IsFinite(f.Lower95[h]) && double.IsFinite(f.Upper95[h]), $"period {h + 1}: interval not finite");
            Assert.True(f.Lower95[h] <= f.Lower80[h] && f.Lower80[h] <= f.Mean[h] && f.Mean[h] <= f.Upper80[h] && f.Upper80[h] <= f.Upper95[h],
                $"period {h + 1}: {f.Lower95[h]} {f.Lower80[h]} {f.Mean[h]} {f.Upper80[h]} {f.Upper95[h]} do not nest");
        }
    }

    [Fact]
    public void A_flat_series_forecasts_the_constant()
    {
        var forecast = Mstl.Forecast(Hourly("flat", _ => 50), 48);

        Assert.All(forecast.Mean, v => Assert.Equal(50.0, v, 9));
        Assert.All(forecast.Upper95, v => Assert.Equal(50.0, v, 6));
        Assert.All(forecast.Lower95, v => Assert.Equal(50.0, v, 6));
    }

    [Fact]
    public void A_daily_plus_a_weekly_pattern_continues_exactly()
    {
        var series = Hourly("day+week", t => 100 + Shapes.DayAndWeek(t));

        var forecast = Mstl.Forecast(series, 168);

        for (var h = 0; h < 168; h++)
        {
            Assert.Equal(100 + Shapes.DayAndWeek(series.Length + h), forecast.Mean[h], 6);
        }
    }

    [Fact]
    public void The_decomposition_gives_the_day_its_average_shape_and_the_week_the_rest()
    {
        var values = Enumerable.Range(0, 4 * 168).Select(t => 100 + Shapes.DayAndWeek(t)).ToArray();

        var parts = MultiSeasonalDecomposition.Of(values, [168, 24]);

        Assert.Equal([24, 168], parts.SeasonLengths);
        Assert.All(parts.Adjusted, v => Assert.Equal(100 + (-15 * 48 / 168.0), v, 9)); // the weekend's average drop is level, not season
        for (var t = 0; t < 168; t++)
        {
            Assert.Equal(Shapes.DayAndWeek(t) + 15 * 48 / 168.0, parts.SeasonalAt(t), 9);
        }

        // The week holds nothing that repeats daily: each hour of the day averages to zero over the week.
        for (var hour = 0; hour < 24; hour++)
        {
            Assert.Equal(0, Enumerable.Range(0, 7).Sum(d => parts.Patterns[1][hour + 24 * d]), 9);
        }
    }

    [Fact]
    public void A_linear_trend_plus_two_seasons_is_forecast_as_trend_plus_seasons()
    {
        // Theta, the default inner model, continues a line at half its slope by design; AutoETS
        // continues it, so it shows that the decomposition hands over the trend intact.
        var model = new MultiSeasonal(new AutoEts(), "mstl-ets");
        var series = Hourly("trend", t => 200 + 0.25 * t + Shapes.DayAndWeek(t));

        var forecast = model.Forecast(series, 48);

        for (var h = 0; h < 48; h++)
        {
            var t = series.Length + h;
            Assert.Equal(200 + 0.25 * t + Shapes.DayAndWeek(t), forecast.Mean[h], 1);
        }

        Assert.StartsWith("ETS(", forecast.Fit!.Form);
        Assert.Contains(",N)", forecast.Fit.Form); // a non-seasonal form on the adjusted series
    }

    [Fact]
    public void Only_seasons_with_two_full_cycles_are_used_and_with_none_the_inner_model_forecasts()
    {
        Assert.Equal([24, 168], MultiSeasonal.UsableSeasons(Hourly("long", _ => 1, 336)));
        Assert.Equal([24], MultiSeasonal.UsableSeasons(Hourly("under two weeks", _ => 1, 335)));
        Assert.Empty(MultiSeasonal.UsableSeasons(Hourly("under two days", _ => 1, 47)));
        Assert.Empty(MultiSeasonal.UsableSeasons(new TimeSeries("no season", Shapes.Line(100), 1)));

        var shortSeries = Hourly("short", t => 100 + Shapes.DayAndWeek(t), 40);
        var fallback = Mstl.Forecast(shortSeries, 12);
        var theta = new Theta().Forecast(shortSeries, 12);
        Assert.Equal(theta.Mean, fallback.Mean);
        Assert.Equal(theta.Upper95, fallback.Upper95);
    }

    [Fact]
    public void Intervals_nest_around_the_mean_for_noisy_data()
    {
        var random = new Random(11);
        var noise = Enumerable.Range(0, 5 * 168).Select(_ => 10 * (random.NextDouble() - 0.5)).ToArray();
        var series = Hourly("noisy", t => 300 + 0.05 * t + Shapes.DayAndWeek(t) + noise[t], noise.Length);

        foreach (var model in new[] { Mstl, new MultiSeasonal(new AutoEts(), "mstl-ets") })
        {
            var forecast = model.Forecast(series, 48);
            AssertNested(forecast);
            Assert.True(forecast.Upper95[47] - forecast.Lower95[47] > 0, $"{model.Name}: no spread on noisy data");

            // The forecast follows the pattern to within the noise.
            for (var h = 0; h < 48; h++)
            {
                var t = series.Length + h;
                Assert.InRange(forecast.Mean[h], 300 + 0.05 * t + Shapes.DayAndWeek(t) - 10, 300 + 0.05 * t + Shapes.DayAndWeek(t) + 10);
            }
        }
    }

    [Fact]
    public void Forecasts_are_the_same_however_many_threads_ask_at_once()
    {
        var random = new Random(3);
        var series = Enumerable.Range(0, 8)
            .Select(i => Hourly($"s{i}", t => 100 + i + Shapes.DayAndWeek(t) + 5 * random.NextDouble(), 3 * 168))
            .ToArray();
        var model = new MultiSeasonal(new AutoEts(), "mstl-ets");
        var alone = series.Select(s => model.Forecast(s, 24)).ToArray();

        var together = new Forecast[series.Length];
        Parallel.For(0, series.Length, i => together[i] = model.Forecast(series[i], 24));

        for (var i = 0; i < series.Length; i++)
        {
            Assert.Equal(alone[i].Mean, together[i].Mean);
            Assert.Equal(alone[i].Lower95, together[i].Lower95);
        }
    }
}
