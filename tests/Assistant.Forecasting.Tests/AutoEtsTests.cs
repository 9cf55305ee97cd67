using Assistant.Forecasting.Models;
using Assistant.Forecasting.Models.Ets;

namespace Assistant.Forecasting.Tests;

public sealed class AutoEtsTests
{
    private static readonly AutoEts Ets = new();

    [Fact]
    public void Forecast_of_a_flat_series_is_flat_with_no_spread()
    {
        var forecast = Ets.Forecast(new TimeSeries("flat", Enumerable.Repeat(100.0, 60).ToArray(), 12), 6);
        Assert.All(forecast.Mean, v => Assert.Equal(100.0, v, 6));
        Assert.All(forecast.Upper95, v => Assert.Equal(100.0, v, 3));
    }

    [Fact]
    public void Forecast_of_a_pure_season_repeats_the_season()
    {
        var values = Enumerable.Range(0, 96).Select(t => 100.0 + 20 * Math.Sin(2 * Math.PI * t / 12)).ToArray();
        var forecast = Ets.Forecast(new TimeSeries("season", values, 12), 12);
        for (var h = 0; h < 12; h++)
        {
            Assert.Equal(100.0 + 20 * Math.Sin(2 * Math.PI * (96 + h) / 12), forecast.Mean[h], 1);
        }

        Assert.Contains(",A)", forecast.Model + forecast.Fit!.Form);
    }

    [Fact]
    public void Forecast_of_a_linear_trend_continues_the_line()
    {
        var values = Enumerable.Range(0, 60).Select(t => 10.0 + 2 * t).ToArray();
        var forecast = Ets.Forecast(new TimeSeries("trend", values, 1), 5);
        for (var h = 0; h < 5; h++)
        {
            Assert.Equal(10.0 + 2 * (60 + h), forecast.Mean[h], 1);
        }
    }

    [Fact]
    public void Intervals_are_nested_around_the_mean_and_widen_with_the_horizon()
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 300).Select(t => 500 + 100 * Math.Sin(2 * Math.PI * t / 7) + 40 * random.NextDouble()).ToArray();
        var forecast = Ets.Forecast(new TimeSeries("noisy", values, 7), 14);
        for (var h = 0; h < 14; h++)
        {
            Assert.True(forecast.Lower95[h] <= forecast.Lower80[h] && forecast.Lower80[h] <= forecast.Mean[h] + 1e-9);
            Assert.True(forecast.Mean[h] <= forecast.Upper80[h] + 1e-9 && forecast.Upper80[h] <= forecast.Upper95[h]);
        }

        Assert.True(forecast.Upper95[13] - forecast.Lower95[13] >= forecast.Upper95[0] - forecast.Lower95[0]);
    }

    [Fact]
    public void Multiplicative_forms_are_only_tried_on_positive_data()
    {
        Assert.DoesNotContain(EtsForm.Candidates(positive: false, 12, 100), f => f.Error == EtsError.Multiplicative || f.Season == EtsSeason.Multiplicative);
        Assert.Contains(EtsForm.Candidates(positive: true, 12, 100), f => f.Season == EtsSeason.Multiplicative);
        Assert.DoesNotContain(EtsForm.Candidates(positive: true, 12, 20), f => f.HasSeason);
    }

    [Fact]
    public void The_same_series_always_gets_the_same_forecast()
    {
        var values = Enumerable.Range(0, 120).Select(t => 50 + t % 7 * 3.0 + t * 0.1).ToArray();
        var a = Ets.Forecast(new TimeSeries("s", values, 7), 7);
        var b = Ets.Forecast(new TimeSeries("s", values, 7), 7);
        Assert.Equal(a.Mean, b.Mean);
        Assert.Equal(a.Upper95, b.Upper95);
    }
}
