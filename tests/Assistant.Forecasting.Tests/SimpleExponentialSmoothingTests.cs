using Assistant.Forecasting.Models;

namespace Assistant.Forecasting.Tests;

public sealed class SimpleExponentialSmoothingTests
{
    [Fact]
    public void A_flat_series_is_its_own_forecast()
    {
        var forecast = new SimpleExponentialSmoothing().Forecast(new TimeSeries("flat", Shapes.Flat(42, 30), 1), 3);

        Assert.Equal([42, 42, 42], forecast.Mean);
        Assert.Equal(forecast.Mean, forecast.Lower95);
    }

    [Fact]
    public void A_linear_trend_is_followed_with_alpha_near_one()
    {
        // Any α below 1 lags a trend by (1−α)/α per step, so the fit runs to the upper bound.
        var fit = SimpleExponentialSmoothing.Fit(Shapes.Line(20));

        Assert.True(fit.Alpha > 0.99, $"alpha {fit.Alpha}");
        Assert.Equal(20, fit.FinalLevel, 2);
    }

    [Fact]
    public void A_pure_season_is_continued_after_seasonal_adjustment()
    {
        var forecast = new SimpleExponentialSmoothing().Forecast(new TimeSeries("season", Shapes.PureSeason(6), 4), 4);

        Assert.Equal([10, 20, 30, 40], forecast.Mean, (a, b) => Math.Abs(a - b) < 1e-6);
    }

    [Fact]
    public void The_final_level_is_the_smoothing_recursion_from_the_fitted_start()
    {
        double[] values = [3, 5, 4, 6, 5, 7, 6, 8, 7, 9, 8, 10];
        var fit = SimpleExponentialSmoothing.Fit(values);

        var level = fit.InitialLevel;
        foreach (var x in values)
        {
            level += fit.Alpha * (x - level);
        }

        Assert.Equal(level, fit.FinalLevel, 12);
        Assert.InRange(fit.Alpha, SimpleExponentialSmoothing.MinAlpha, SimpleExponentialSmoothing.MaxAlpha);
    }

    [Fact]
    public void The_fit_is_close_to_the_least_squares_optimum()
    {
        // Brute force: for each α on a fine grid the best starting level has a closed form.
        double[] values = [12, 15, 11, 14, 18, 13, 16, 19, 15, 17, 21, 16, 18, 22, 19];
        var best = double.PositiveInfinity;
        for (var alpha = SimpleExponentialSmoothing.MinAlpha; alpha <= SimpleExponentialSmoothing.MaxAlpha; alpha += 1e-5)
        {
            best = Math.Min(best, MeanSquaredErrorWithBestStart(values, alpha));
        }

        var fit = SimpleExponentialSmoothing.Fit(values);

        Assert.InRange(MeanSquaredError(values, fit.Alpha, fit.InitialLevel), best * (1 - 1e-9), best * (1 + 1e-4));
        Assert.Equal(Math.Sqrt(MeanSquaredError(values, fit.Alpha, fit.InitialLevel)), fit.ErrorScale, 9);
    }

    [Fact]
    public void Intervals_follow_the_ETS_ANN_variance()
    {
        double[] values = [12, 15, 11, 14, 18, 13, 16, 19, 15, 17, 21, 16, 18, 22, 19];
        var fit = SimpleExponentialSmoothing.Fit(values);
        var forecast = new SimpleExponentialSmoothing().Forecast(new TimeSeries("noisy", values, 1), 5);

        var half = forecast.Upper95[4] - forecast.Mean[4];
        Assert.Equal(1.959963984540054 * fit.ErrorScale * Math.Sqrt(1 + 4 * fit.Alpha * fit.Alpha), half, 9);
    }

    private static double MeanSquaredError(double[] values, double alpha, double start)
    {
        double level = start, sum = 0;
        foreach (var x in values)
        {
            sum += (x - level) * (x - level);
            level += alpha * (x - level);
        }

        return sum / values.Length;
    }

    private static double MeanSquaredErrorWithBestStart(double[] values, double alpha)
    {
        // e_t = a_t − (1−α)^{t−1}·ℓ_0 with a_t the errors from ℓ_0 = 0: least squares in ℓ_0.
        double level = 0, weight = 1, aa = 0, ac = 0, cc = 0;
        foreach (var x in values)
        {
            var a = x - level;
            aa += a * a;
            ac += a * weight;
            cc += weight * weight;
            level += alpha * a;
            weight *= 1 - alpha;
        }

        return MeanSquaredError(values, alpha, ac / cc);
    }
}
