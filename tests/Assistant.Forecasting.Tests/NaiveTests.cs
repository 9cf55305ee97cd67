using Assistant.Forecasting.Models;

namespace Assistant.Forecasting.Tests;

public sealed class NaiveTests
{
    [Fact]
    public void Forecasts_the_last_value_with_random_walk_intervals()
    {
        // One-step changes are all 1, so σ = 1 and the k-step interval is ±1.96·√k.
        var forecast = new Naive().Forecast(new TimeSeries("line", Shapes.Line(5), 1), 4);

        Assert.All(forecast.Mean, v => Assert.Equal(5, v));
        Assert.Equal(5 + 1.959963984540054 * 2, forecast.Upper95[3], 12);
        Assert.Equal(5 - 1.2815515655446004, forecast.Lower80[0], 12);
    }

    [Fact]
    public void A_flat_series_has_a_flat_forecast_and_no_spread()
    {
        var forecast = new Naive().Forecast(new TimeSeries("flat", Shapes.Flat(7, 10), 1), 3);

        Assert.Equal([7, 7, 7], forecast.Mean);
        Assert.Equal(forecast.Mean, forecast.Upper95);
    }

    [Fact]
    public void A_pure_season_is_forecast_by_its_last_value()
    {
        var forecast = new Naive().Forecast(new TimeSeries("season", Shapes.PureSeason(3), 4), 2);

        Assert.Equal([40, 40], forecast.Mean);
    }
}
