using Assistant.Forecasting.Data;
using Assistant.Forecasting.Metrics;
using Assistant.Forecasting.Models;

namespace Assistant.Forecasting.Tests;

public sealed class ThetaTests
{
    [Theory]
    [InlineData("Hourly", 18.138, 2.455)]
    [InlineData("Weekly", 9.093, 2.637)]
    public void Theta_scores_what_M4_published_for_its_Theta_benchmark(string set, double smape, double mase)
    {
        var m4 = M4Set.Parse(set);
        var series = OfficialM4.Series(m4);
        var theta = new Theta();
        var forecasts = series.AsParallel().AsOrdered().Select(s => theta.Forecast(s.History, m4.Horizon).Mean).ToList();

        var accuracy = SetAccuracy.Of([.. series.Select(s => s.Test)], forecasts, [.. series.Select(s => s.Train)], m4.SeasonLength);

        Assert.Equal(smape, Math.Round(accuracy.Smape, 3));
        Assert.Equal(mase, Math.Round(accuracy.Mase, 3));
    }

    [Fact]
    public void Theta_on_a_straight_line_continues_the_line_at_half_its_slope_plus_the_smoothed_level()
    {
        // On an exact line the theta = 2 line equals the line itself, SES tracks its last value,
        // so the forecast averages the extrapolated line and the last value: the classic damping of Theta.
        var line = Enumerable.Range(1, 40).Select(t => 5.0 + 2 * t).ToArray();
        var forecast = new Theta().Forecast(new TimeSeries("line", line, 1), 3);
        for (var k = 1; k <= 3; k++)
        {
            Assert.Equal(0.5 * (5 + 2 * (40 + k)) + 0.5 * line[^1], forecast.Mean[k - 1], 2);
        }
    }

    [Fact]
    public void A_combination_averages_its_members_period_by_period()
    {
        var series = new TimeSeries("s", Enumerable.Range(1, 30).Select(t => (double)t).ToArray(), 1);
        var combined = new Combination("pair", [new Naive(), new Theta()]).Forecast(series, 4);
        var naive = new Naive().Forecast(series, 4);
        var theta = new Theta().Forecast(series, 4);
        for (var h = 0; h < 4; h++)
        {
            Assert.Equal((naive.Mean[h] + theta.Mean[h]) / 2, combined.Mean[h], 9);
            Assert.True(combined.Lower95[h] <= combined.Mean[h] && combined.Mean[h] <= combined.Upper95[h]);
        }
    }
}
