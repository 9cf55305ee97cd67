using Assistant.Core;
using Assistant.Plugins.Forecast;

namespace Assistant.Plugins.Tests;

/// <summary>
/// Breakdowns of the demo network's forecast along the delivery hierarchy (network → region →
/// delivery station → inbound lane): the parts always add up to the total shown.
/// </summary>
public sealed class ForecastBreakdownTests(DemoStore demo) : IClassFixture<DemoStore>
{
    private ForecastPlugin Plugin => demo.Forecasts;

    [Fact]
    public async Task The_network_splits_into_its_three_regions_which_add_up_to_the_total()
    {
        var result = await Plugin.ForecastBreakdown(start: "2026-11-23", end: "2026-11-29");

        Assert.Equal("region", result.PartsLevel);
        Assert.Equal(["CENTRAL", "EAST", "WEST"], result.Parts.Select(p => p.Code).Order());
        Assert.Equal(result.TotalPackages, result.Parts.Sum(p => p.Packages));
        Assert.Equal(100.0, result.Parts.Sum(p => p.SharePct), 0.2);
        Assert.True(result.CoherenceErrorPackages < 1e-3, $"reconciled forecasts are {result.CoherenceErrorPackages} apart");
        Assert.True(result.BaseMismatchPackages > 0, "the base forecasts should not add up on their own");
        Assert.Equal("MinT (shrink)", result.Reconciliation);

        // The reconciled total stays close to the network's own forecast (both about 3 million).
        Assert.InRange(result.TotalPackages / (double)result.OwnForecastPackages, 0.97, 1.03);
        Assert.InRange(result.TotalPackages, 2_500_000, 3_500_000);
    }

    [Fact]
    public async Task A_region_splits_into_its_stations_and_a_station_into_its_lanes_consistently()
    {
        var byStation = await Plugin.ForecastBreakdown(region: "West", days: 14);
        var network = await Plugin.ForecastBreakdown(by: "regions", days: 14);
        var station = byStation.Parts[0];
        var byLane = await Plugin.ForecastBreakdown(site: station.Code, days: 14);

        Assert.Equal("delivery station", byStation.PartsLevel);
        Assert.Equal(10, byStation.PartCount);
        Assert.InRange(Math.Abs(network.Parts.Single(p => p.Code == "WEST").Packages - byStation.TotalPackages), 0, 5);  // each part rounded
        Assert.Equal("lane", byLane.PartsLevel);
        Assert.All(byLane.Parts, p => Assert.EndsWith("-" + station.Code, p.Code));
        Assert.InRange(Math.Abs(station.Packages - byLane.TotalPackages), 0, 2);
        Assert.Equal(byLane.TotalPackages, byLane.Parts.Sum(p => p.Packages));
    }

    [Fact]
    public async Task The_whole_network_by_lane_lists_every_lane_into_a_station_with_the_largest_first()
    {
        var result = await Plugin.ForecastBreakdown(by: "lane", days: 7);

        Assert.Equal(90, result.PartCount);
        Assert.Equal(10, result.Largest.Count);
        Assert.Equal(80, result.OtherPartCount);
        Assert.Equal(result.TotalPackages - result.Largest.Sum(p => p.Packages), result.OtherPackages);
        Assert.True(result.Parts.Zip(result.Parts.Skip(1)).All(p => p.First.Packages >= p.Second.Packages));
        Assert.Equal(20, result.Chart["data"]!["values"]!.AsArray().Count);
    }

    [Theory]
    [InlineData(null, "SEA4", null, "is a sort center")]
    [InlineData("WEST", null, "region", "cannot be broken down by region")]
    [InlineData(null, null, "shift", "not 'shift'")]
    [InlineData("WEST", "GEG1", null, "not both")]
    [InlineData("NORTH", null, null, "NORTH")]
    public async Task A_breakdown_that_does_not_fit_the_hierarchy_is_refused_with_a_clear_message(string? region, string? site, string? by, string message)
    {
        var error = await Assert.ThrowsAsync<InputError>(() => Plugin.ForecastBreakdown(region: region, site: site, by: by));
        Assert.Contains(message, error.Message);
    }
}
