using Assistant.Forecasting.Models;

namespace Assistant.Forecasting.Tests;

public sealed class ClassicalDecompositionTests
{
    [Fact]
    public void A_pure_season_is_seasonal_with_its_exact_indices()
    {
        var values = Shapes.PureSeason(6);

        Assert.True(ClassicalDecomposition.IsSeasonal(values, 4));
        Assert.Equal([0.4, 0.8, 1.2, 1.6], ClassicalDecomposition.SeasonalIndices(values, 4), (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void An_odd_season_uses_a_plain_moving_average()
    {
        var values = Enumerable.Range(0, 15).Select(t => (double)(t % 3 + 1)).ToArray();

        Assert.Equal([0.5, 1.0, 1.5], ClassicalDecomposition.SeasonalIndices(values, 3), (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void A_season_on_a_trend_is_recovered_closely()
    {
        double[] season = [0.5, 1.0, 1.5, 1.0];
        var values = Enumerable.Range(0, 40).Select(t => (100.0 + t) * season[t % 4]).ToArray();

        Assert.Equal(season, ClassicalDecomposition.SeasonalIndices(values, 4), (a, b) => Math.Abs(a - b) < 0.01);
    }

    [Fact]
    public void A_trend_a_flat_series_and_short_or_season_free_series_are_not_seasonal()
    {
        Assert.False(ClassicalDecomposition.IsSeasonal(Shapes.Line(24), 4));
        Assert.False(ClassicalDecomposition.IsSeasonal(Shapes.Flat(5, 24), 4));
        Assert.False(ClassicalDecomposition.IsSeasonal(Shapes.PureSeason(2), 4)); // fewer than three seasons
        Assert.False(ClassicalDecomposition.IsSeasonal(Shapes.PureSeason(6), 1));
    }

    [Fact]
    public void A_season_longer_than_the_default_acf_lag_is_never_found()
    {
        // 72 hourly values: R's acf stops at lag ⌊10·log10 72⌋ = 18 < 24, so M4's test says no.
        var values = Enumerable.Range(0, 72).Select(t => 100.0 + 50 * Math.Sin(2 * Math.PI * t / 24)).ToArray();

        Assert.False(ClassicalDecomposition.IsSeasonal(values, 24));
        Assert.True(ClassicalDecomposition.IsSeasonal([.. values, .. values, .. values, .. values], 24)); // 288 values: lags to 24
    }

    [Fact]
    public void The_future_indices_continue_from_where_the_history_ends()
    {
        var values = Shapes.PureSeason(6)[..22]; // ends on the second position of the season

        var adjustment = ClassicalDecomposition.Adjust(values, 4);

        Assert.True(adjustment.IsSeasonal);
        Assert.Equal(1.2, adjustment.IndexAhead(1), 9);
        Assert.Equal(0.4, adjustment.IndexAhead(3), 9);
        Assert.Equal([12.0, 16.0], adjustment.Reseasonalise([10, 10]), (a, b) => Math.Abs(a - b) < 1e-9);
    }
}
