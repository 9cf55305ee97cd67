using Assistant.Forecasting.Models;

namespace Assistant.Forecasting.Tests;

public sealed class SeasonalNaiveTests
{
    [Fact]
    public void Repeats_the_last_season()
    {
        var forecast = new SeasonalNaive().Forecast(new TimeSeries("season", Shapes.PureSeason(3), 4), 6);

        Assert.Equal([10, 20, 30, 40, 10, 20], forecast.Mean);
        Assert.Equal(forecast.Mean, forecast.Upper95); // a pure season has no seasonal change to spread
    }

    [Fact]
    public void On_a_trend_repeats_the_last_season_and_widens_once_per_season()
    {
        // Seasonal differences of 1..8 with m = 4 are all 4: σ = 4, spread √⌈k/4⌉.
        var forecast = new SeasonalNaive().Forecast(new TimeSeries("line", Shapes.Line(8), 4), 5);

        Assert.Equal([5, 6, 7, 8, 5], forecast.Mean);
        Assert.Equal(8 + 1.959963984540054 * 4, forecast.Upper95[3], 12);
        Assert.Equal(5 + 1.959963984540054 * 4 * Math.Sqrt(2), forecast.Upper95[4], 12);
    }

    [Fact]
    public void Without_a_season_it_is_the_naive_forecast()
    {
        var series = new TimeSeries("line", Shapes.Line(6), 1);

        Assert.Equal(new Naive().Forecast(series, 3).Mean, new SeasonalNaive().Forecast(series, 3).Mean);
        Assert.Equal([3, 3], new SeasonalNaive().Forecast(new TimeSeries("short", [1, 2, 3], 12), 2).Mean);
    }
}
