using Assistant.Forecasting.Models;

namespace Assistant.Forecasting.Tests;

public sealed class SeasonallyAdjustedTests
{
    [Fact]
    public void A_pure_weekly_times_daily_pattern_continues()
    {
        // The week's classical indices take out the whole pattern, AutoETS sees a constant, and
        // multiplying its flat forecast by the indices gives the pattern back.
        var values = Enumerable.Range(0, 3 * 168).Select(t => 400 * Shapes.DayTimesWeek(t)).ToArray();
        var model = new SeasonallyAdjusted(new AutoEts(), 168);

        var forecast = model.Forecast(new TimeSeries("day x week", values, 24), 168);

        for (var h = 0; h < 168; h++)
        {
            var expected = 400 * Shapes.DayTimesWeek(values.Length + h);
            Assert.Equal(expected, forecast.Mean[h], expected * 1e-6);
        }
    }

    [Fact]
    public void Under_two_long_cycles_the_inner_model_forecasts_alone()
    {
        var values = Enumerable.Range(0, 300).Select(t => 400 * Shapes.DayTimesWeek(t)).ToArray();
        var series = new TimeSeries("short", values, 24);

        var forecast = new SeasonallyAdjusted(new AutoEts(), 168).Forecast(series, 24);

        Assert.Equal(new AutoEts().Forecast(series, 24).Mean, forecast.Mean);
    }
}
