using Assistant.Forecasting.Metrics;

namespace Assistant.Forecasting.Tests;

/// <summary>Point-forecast metrics on cases small enough to work out by hand.</summary>
public sealed class PointMetricTests
{
    [Fact]
    public void SMAPE_is_the_mean_of_200_absolute_error_over_the_sum_of_magnitudes()
    {
        // 200·10/210 and 200·20/380, averaged.
        var expected = (2000.0 / 210 + 4000.0 / 380) / 2;

        Assert.Equal(expected, Smape.Of([100, 200], [110, 180]), 12);
    }

    [Fact]
    public void SMAPE_of_a_perfect_forecast_is_zero_even_where_both_are_zero()
    {
        Assert.Equal(0, Smape.Of([5, 5, 0], [5, 5, 0]));
        Assert.Equal(200, Smape.Of([0], [3]));
    }

    [Fact]
    public void MASE_of_naive_on_a_linear_trend_is_the_mean_error_in_steps()
    {
        // History 1..5 changes by 1 a step, so the scale is 1; forecasting 5 for 6 and 7 is off by 1 and 2.
        Assert.Equal(1.0, Mase.Scale([1, 2, 3, 4, 5], 1));
        Assert.Equal(1.5, Mase.Of([6, 7], [5, 5], [1, 2, 3, 4, 5], 1), 12);
    }

    [Fact]
    public void MASE_scale_uses_seasonal_differences()
    {
        // Season of 2 on a trend: x_t − x_{t−2} is 1 everywhere, while one-step changes are 4 or 3.
        double[] history = [1, 5, 2, 6, 3, 7];

        Assert.Equal(1.0, Mase.Scale(history, 2));
        Assert.Equal((4 + 3 + 4 + 3 + 4) / 5.0, Mase.Scale(history, 1), 12);
    }

    [Fact]
    public void MASE_scale_falls_back_to_one_step_when_the_history_is_shorter_than_a_season_and_one()
    {
        Assert.Equal(2.0, Mase.Scale([4, 6], 4));
        Assert.Equal(2.5, Mase.Scale([4, 6, 9], 3));
        Assert.Equal(1.0, Mase.Scale([4, 6, 9, 5], 3)); // m + 1 values hold one seasonal difference
    }

    [Fact]
    public void MASE_of_a_flat_history_is_infinite()
    {
        Assert.Equal(double.PositiveInfinity, Mase.Of([6], [5], [5, 5, 5], 1));
    }

    [Fact]
    public void WAPE_and_bias_are_relative_to_total_volume()
    {
        double[] actual = [10, 0, 30];
        double[] forecast = [12, 1, 27];

        Assert.Equal(6.0 / 40, Wape.Of(actual, forecast), 12);
        Assert.Equal(0.0, Bias.Of(actual, forecast), 12);
        Assert.Equal(4.0 / 40, Bias.Of(actual, [12, 1, 31]), 12);
        Assert.Equal(-2.0 / 40, Bias.Of(actual, [9, 0, 29]), 12);
    }

    [Fact]
    public void MAPE_is_the_mean_percentage_error()
    {
        Assert.Equal((10 + 25) / 2.0, Mape.Of([100, 40], [110, 30]), 12);
    }

    [Fact]
    public void Paths_of_different_lengths_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Smape.Of([1, 2], [1]));
        Assert.Throws<ArgumentException>(() => Mase.Of([], [], [1, 2], 1));
    }

    [Fact]
    public void Set_accuracy_is_the_plain_mean_over_series_and_OWA_the_ratio_of_means()
    {
        double[][] actuals = [[100], [10]];
        double[][] forecasts = [[100], [30]];
        double[][] histories = [[1, 2], [1, 3]];

        var accuracy = SetAccuracy.Of(actuals, forecasts, histories, 1);

        Assert.Equal((0 + 200 * 20 / 40.0) / 2, accuracy.Smape, 12);
        Assert.Equal((0 + 20 / 2.0) / 2, accuracy.Mase, 12);
        Assert.Equal(0.5, Owa.Of(10, 1, 20, 2));
        Assert.Equal(1.0, Owa.Of(accuracy, accuracy));
    }
}
