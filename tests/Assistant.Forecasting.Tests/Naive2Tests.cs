using Assistant.Forecasting.Models;

namespace Assistant.Forecasting.Tests;

public sealed class Naive2Tests
{
    [Fact]
    public void A_pure_season_is_continued_through_its_seasonal_indices()
    {
        var forecast = new Naive2().Forecast(new TimeSeries("season", Shapes.PureSeason(6), 4), 6);

        Assert.Equal([10, 20, 30, 40, 10, 20], forecast.Mean, (a, b) => Math.Abs(a - b) < 1e-9);
    }

    [Fact]
    public void Without_a_season_it_is_the_naive_forecast()
    {
        var line = new TimeSeries("line", Shapes.Line(24), 4);
        var flat = new TimeSeries("flat", Shapes.Flat(3, 24), 4);

        Assert.Equal(new Naive().Forecast(line, 5).Mean, new Naive2().Forecast(line, 5).Mean);
        Assert.Equal([3, 3], new Naive2().Forecast(flat, 2).Mean);
    }

    [Fact]
    public void Intervals_are_multiplied_by_the_seasonal_index()
    {
        // Adjusted series: 25 with noise in the last value only.
        var values = Shapes.PureSeason(6);
        values[^1] = 44; // adjusted 44 / 1.6 = 27.5: one change of 2.5 in the adjusted history
        var forecast = new Naive2().Forecast(new TimeSeries("season", values, 4), 4);

        var lowWidth = forecast.Upper95[0] - forecast.Lower95[0];
        var highWidth = forecast.Upper95[3] - forecast.Lower95[3];
        Assert.True(highWidth > lowWidth * 3, $"the peak (index 1.6, 4 steps) should be much wider than the trough (index 0.4, 1 step): {lowWidth} vs {highWidth}");
    }
}
