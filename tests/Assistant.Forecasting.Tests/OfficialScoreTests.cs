using Assistant.Forecasting.Data;
using Assistant.Forecasting.Metrics;

namespace Assistant.Forecasting.Tests;

/// <summary>
/// The metric code is right when the official M4 benchmark forecasts score exactly what the M4
/// organisers published for them (3 decimals, OWA to the 6 digits of their table).
/// </summary>
public sealed class OfficialScoreTests
{
    [Theory]
    [InlineData("Hourly", "Naive2", 18.383, 2.395)]
    [InlineData("Weekly", "Naive2", 9.161, 2.777)]
    [InlineData("Hourly", "sNaive", 13.912, 1.193)]
    [InlineData("Hourly", "Naive", 43.003, 11.608)]
    [InlineData("Hourly", "SES", 18.094, 2.385)]
    [InlineData("Weekly", "SES", 9.012, 2.685)]
    [InlineData("Weekly", "Naive", 9.161, 2.777)]
    [InlineData("Weekly", "sNaive", 9.161, 2.777)]
    public void Official_benchmark_forecasts_score_the_published_sMAPE_and_MASE(string set, string method, double smape, double mase)
    {
        var accuracy = OfficialM4.Score(M4Set.Parse(set), method);

        Assert.Equal(smape, Math.Round(accuracy.Smape, 3));
        Assert.Equal(mase, Math.Round(accuracy.Mase, 3));
    }

    [Theory]
    [InlineData("Hourly", "sNaive", 0.627454)]
    [InlineData("Hourly", "Naive", 3.59302)]
    [InlineData("Hourly", "SES", 0.990052)]
    [InlineData("Weekly", "SES", 0.975303)]
    public void OWA_as_published_matches_the_M4_table(string set, string method, double owa)
    {
        var m4 = M4Set.Parse(set);

        var published = Owa.AsPublished(OfficialM4.Score(m4, method), OfficialM4.Score(m4, "Naive2"));

        Assert.Equal(owa, published, 5);
    }

    [Fact]
    public void Weekly_MASE_uses_the_one_step_scale_because_M4_treats_weekly_data_as_non_seasonal()
    {
        // With m = 52 the same forecasts would score a different MASE; 2.777 needs m = 1.
        var series = OfficialM4.Series(M4Set.Weekly);
        var naive2 = OfficialM4.BenchmarkForecasts(M4Set.Weekly, "Naive2");
        var seasonal52 = series.Average(s => Mase.Of(s.Test, naive2[s.Id], s.Train, 52));

        Assert.Equal(1, M4Set.Weekly.SeasonLength);
        Assert.NotEqual(2.777, Math.Round(seasonal52, 3));
    }
}
