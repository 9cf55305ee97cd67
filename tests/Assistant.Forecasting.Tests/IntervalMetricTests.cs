using Assistant.Forecasting.Metrics;

namespace Assistant.Forecasting.Tests;

/// <summary>Interval metrics on cases small enough to work out by hand.</summary>
public sealed class IntervalMetricTests
{
    [Fact]
    public void Coverage_counts_values_inside_their_interval_bounds_included()
    {
        // 1 in [0,2], 2 on the lower bound of [2,3], 3 below [4,5], 4 above [0,3].
        Assert.Equal(0.5, IntervalCoverage.Of([1, 2, 3, 4], [0, 2, 4, 0], [2, 3, 5, 3]));
    }

    [Fact]
    public void MSIS_adds_the_width_and_40_times_each_miss_for_a_95_percent_interval()
    {
        // Scale 1 (history changes by 1). Period 1: width 4, covered. Period 2: width 2, the actual
        // is 2 below the lower bound: 2 + 40·2 = 82. Mean 43.
        Assert.Equal(43, Msis.Of([10, 10], [8, 12], [12, 14], [0, 1, 2], 1, alpha: 0.05), 12);
    }

    [Fact]
    public void MSIS_of_a_covering_interval_is_its_scaled_width()
    {
        Assert.Equal(2, Msis.Of([5, 5], [4, 4], [8, 8], [0, 2, 4], 1), 12);
    }

    [Fact]
    public void MSIS_alpha_must_be_a_miss_rate()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Msis.Of([1], [0], [2], [0, 1], 1, alpha: 95));
    }
}
