using Assistant.Forecasting.Hierarchy;

namespace Assistant.Forecasting.Tests;

public sealed class HierarchyTests
{
    /// <summary>A lane → site → region → network hierarchy: four lanes, three origin sites, two regions.</summary>
    internal static SeriesHierarchy Network() =>
        SeriesHierarchy.Create(
            ["W/SEA4/SEA4-GEG1", "W/SEA4/SEA4-PDX2", "W/PDX2/PDX2-BFI3", "E/ORD2/ORD2-PHL5"],
            "Lane",
            lane => lane.Split('/')[2],
            [
                HierarchyLevel<string>.Total("Network"),
                new("Region", lane => lane.Split('/')[0]),
                new("Site", lane => lane.Split('/')[1]),
            ]);

    [Fact]
    public void Summing_matrix_has_a_row_per_series_and_a_column_per_bottom_series()
    {
        var hierarchy = Network();

        double[,] expected =
        {
            { 1, 1, 1, 1 }, // network
            { 1, 1, 1, 0 }, // region W
            { 0, 0, 0, 1 }, // region E
            { 1, 1, 0, 0 }, // site SEA4
            { 0, 0, 1, 0 }, // site PDX2
            { 0, 0, 0, 1 }, // site ORD2
            { 1, 0, 0, 0 }, // lanes
            { 0, 1, 0, 0 },
            { 0, 0, 1, 0 },
            { 0, 0, 0, 1 },
        };
        Assert.Equal(expected, hierarchy.SummingMatrix());
        Assert.Equal(["Network/Network", "Region/W", "Region/E", "Site/SEA4", "Site/PDX2", "Site/ORD2", "Lane/SEA4-GEG1", "Lane/SEA4-PDX2", "Lane/PDX2-BFI3", "Lane/ORD2-PHL5"],
            hierarchy.Series.Select(s => s.Id));
        Assert.Equal([("Network", 0, 1), ("Region", 1, 2), ("Site", 3, 3), ("Lane", 6, 4)], hierarchy.Levels);
    }

    [Fact]
    public void Crossed_levels_need_not_nest()
    {
        // State × Purpose next to Region: the Purpose level cuts across the states.
        var bottom = new[] { ("NSW", "Sydney", "Business"), ("NSW", "Sydney", "Holiday"), ("VIC", "Melbourne", "Business"), ("VIC", "Melbourne", "Holiday") };
        var hierarchy = SeriesHierarchy.Create(bottom, "Region × Purpose", b => $"{b.Item2}/{b.Item3}",
            [HierarchyLevel<(string, string, string)>.Total(), new("State", b => b.Item1), new("Purpose", b => b.Item3)]);

        var s = hierarchy.SummingMatrix();

        Assert.Equal(1 + 2 + 2 + 4, hierarchy.Count);
        Assert.Equal([1.0, 0, 1, 0], Enumerable.Range(0, 4).Select(j => s[3, j]));
        Assert.Equal([0.0, 1, 0, 1], Enumerable.Range(0, 4).Select(j => s[4, j]));
    }

    [Fact]
    public void Aggregate_sums_bottom_series_period_by_period()
    {
        var hierarchy = Network();

        var all = hierarchy.Aggregate([[1, 2], [10, 20], [100, 200], [1000, 2000]]);

        Assert.Equal([1111.0, 2222], all[0]);
        Assert.Equal([111.0, 222], all[1]);
        Assert.Equal([11.0, 22], all[3]);
        Assert.Equal([1000.0, 2000], all[9]);
        Assert.Equal(0, hierarchy.CoherenceError(all));
    }

    [Fact]
    public void Coherence_error_is_the_largest_gap_between_an_aggregate_and_its_bottom_sum()
    {
        var hierarchy = Network();
        var all = hierarchy.Aggregate([[1, 2], [10, 20], [100, 200], [1000, 2000]]);
        all[3][1] += 5;
        all[0][0] -= 7;

        Assert.Equal(7, hierarchy.CoherenceError(all));
    }

    [Fact]
    public void Duplicate_bottom_keys_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            SeriesHierarchy.Create(["a", "a"], "Bottom", k => k, [HierarchyLevel<string>.Total()]));

        Assert.Contains("'a'", error.Message);
    }
}
