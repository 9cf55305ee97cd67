using Assistant.Forecasting.Hierarchy;
using Assistant.Forecasting.Models;

namespace Assistant.Forecasting.Tests;

public sealed class HierarchyResidualTests
{
    private static TimeSeries Quarterly()
    {
        var random = new Random(3);
        double[] season = [1.2, 0.8, 0.9, 1.1];
        return new TimeSeries("q", [.. Enumerable.Range(0, 48).Select(t => (100 + t) * season[t % 4] + 5 * (random.NextDouble() - 0.5))], 4);
    }

    [Fact]
    public void Ets_with_residuals_forecasts_what_auto_ets_forecasts()
    {
        var series = Quarterly();

        var withResiduals = new EtsWithResiduals().Forecast(series, 8);
        var auto = new AutoEts().Forecast(series, 8);

        Assert.Equal(auto.Model, withResiduals.Forecast.Model);
        Assert.Equal(auto.Mean, withResiduals.Forecast.Mean);
        Assert.Equal(series.Length, withResiduals.Residuals.Length);
    }

    [Fact]
    public void Ets_residuals_are_one_step_errors_whose_mean_square_is_the_fitted_variance()
    {
        var series = Quarterly();

        var result = new EtsWithResiduals().Forecast(series, 1);
        var fit = result.Forecast.Fit!;

        // The fit's sigma is √(SSE / (n − k)) of the model's own errors, which are the residuals
        // for additive-error forms; for multiplicative ones only their size is comparable.
        Assert.All(result.Residuals, e => Assert.True(double.IsFinite(e)));
        var rms = Math.Sqrt(result.Residuals.Average(e => e * e));
        Assert.InRange(rms, 0.5, 5);
        Assert.True(fit.ResidualStdDev > 0);
    }

    [Fact]
    public void Rolling_seasonal_naive_residuals_are_the_seasonal_differences()
    {
        var series = Quarterly();

        var result = new RollingOriginResiduals(new SeasonalNaive(), firstOrigin: 4).Forecast(series, 8);

        Assert.All(result.Residuals[..4], e => Assert.True(double.IsNaN(e)));
        for (var t = 4; t < series.Length; t++)
        {
            Assert.Equal(series.Values[t] - series.Values[t - 4], result.Residuals[t], 12);
        }

        Assert.Equal(new SeasonalNaive().Forecast(series, 8).Mean, result.Forecast.Mean);
    }

    [Fact]
    public void Hierarchy_forecaster_gives_every_row_a_forecast_and_residuals()
    {
        var hierarchy = HierarchyTests.Network();
        var history = Enumerable.Range(0, hierarchy.BottomCount).Select(j => Quarterly().Values.Select(v => v * (j + 1)).ToArray()).ToArray();

        var forecasts = HierarchyForecaster.Forecast(hierarchy, history, 4, 8, new RollingOriginResiduals(new SeasonalNaive(), 4));

        Assert.Equal(hierarchy.Count, forecasts.Mean.Length);
        Assert.Equal(8, forecasts.Horizon);
        Assert.True(hierarchy.CoherenceError(forecasts.Mean) < 1e-9); // seasonal naive is linear, so it adds up already
        Assert.True(hierarchy.CoherenceError(new MinTrace().Reconcile(hierarchy, forecasts).Mean) < 1e-6);
    }
}
