using Assistant.Forecasting.Data;
using Assistant.Forecasting.Metrics;
using Assistant.Forecasting.Models;

namespace Assistant.Forecasting.Tests;

/// <summary>
/// Our benchmark models reproduce the official M4 benchmark forecasts for every Hourly and Weekly
/// series. The files hold about ten significant digits, so the largest relative difference seen
/// is 5e-10; the tests allow 1e-8.
/// </summary>
public sealed class OfficialForecastTests
{
    private const double Tolerance = 1e-8;

    public static TheoryData<string, string> Cases() => new()
    {
        { "Hourly", "Naive" }, { "Hourly", "sNaive" }, { "Hourly", "Naive2" }, { "Hourly", "SES" },
        { "Weekly", "Naive" }, { "Weekly", "sNaive" }, { "Weekly", "Naive2" }, { "Weekly", "SES" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Our_forecasts_equal_the_official_ones_for_every_series(string setName, string method)
    {
        var set = M4Set.Parse(setName);
        IForecaster model = method switch
        {
            "Naive" => new Naive(),
            "sNaive" => new SeasonalNaive(),
            "Naive2" => new Naive2(),
            _ => new SimpleExponentialSmoothing(),
        };
        var official = OfficialM4.BenchmarkForecasts(set, method);
        var series = OfficialM4.Series(set);
        var forecasts = new double[series.Count][];
        Parallel.For(0, series.Count, i => forecasts[i] = model.Forecast(series[i].History, set.Horizon).Mean);

        var worst = 0.0;
        var worstId = "";
        for (var i = 0; i < series.Count; i++)
        {
            var expected = official[series[i].Id];
            for (var k = 0; k < set.Horizon; k++)
            {
                var difference = Math.Abs(forecasts[i][k] - expected[k]) / Math.Abs(expected[k]);
                if (difference > worst)
                {
                    worst = difference;
                    worstId = $"{series[i].Id} step {k + 1}";
                }
            }
        }

        Assert.True(worst <= Tolerance, $"{method} on {setName}: largest relative difference {worst:E2} at {worstId}.");
        Assert.Equal(series.Count, official.Count);
    }

    [Theory]
    [InlineData("Hourly", 71.245, 0.011)]
    [InlineData("Weekly", 26.358, 0.001)]
    public void Naive_95_percent_intervals_score_the_published_MSIS_and_coverage_gap(string setName, double msis, double acd)
    {
        var set = M4Set.Parse(setName);
        var series = OfficialM4.Series(set);
        double msisSum = 0, coverageSum = 0;
        foreach (var s in series)
        {
            var forecast = new Naive().Forecast(s.History, set.Horizon);
            msisSum += Msis.Of(s.Test, forecast.Lower95, forecast.Upper95, s.Train, set.SeasonLength, alpha: 0.05);
            coverageSum += IntervalCoverage.Of(s.Test, forecast.Lower95, forecast.Upper95);
        }

        Assert.Equal(msis, Math.Round(msisSum / series.Count, 3));
        Assert.Equal(acd, Math.Round(Math.Abs(coverageSum / series.Count - 0.95), 3));
    }
}
