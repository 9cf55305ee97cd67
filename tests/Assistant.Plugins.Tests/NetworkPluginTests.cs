using System.Text.Json;
using Assistant.Core;
using Assistant.Core.Network;
using Assistant.Plugins.Network;
using Microsoft.Extensions.AI;

namespace Assistant.Plugins.Tests;

public sealed class NetworkPluginTests(DemoStore demo) : IClassFixture<DemoStore>
{
    private NetworkPlugin Plugin => new(demo.Store);

    private long SiteSum(string site, DateOnly from, DateOnly to) =>
        demo.Data.SiteDays.Where(d => d.SiteCode == site && d.Date >= from && d.Date <= to).Sum(d => d.Packages);

    [Fact]
    public async Task Volume_history_of_a_site_sums_its_stored_days()
    {
        var result = await Plugin.VolumeHistory(site: "SEA4", start: "2026-11-09", end: "2026-11-15");
        Assert.Equal(SiteSum("SEA4", new(2026, 11, 9), new(2026, 11, 15)), result.TotalPackages);
        Assert.Equal(7, result.Daily.Count);
        Assert.Equal(result.Daily.Max(d => d.Packages), result.PeakDay.Packages);
        Assert.Equal(SiteSum("SEA4", new(2026, 11, 2), new(2026, 11, 8)), result.PreviousPeriodPackages);
        Assert.Equal("Seattle sort center", result.Scope.Name);
        Assert.Equal("bar", result.Chart["mark"]!["type"]!.GetValue<string>());
        Assert.Equal(7, result.Chart["data"]!["values"]!.AsArray().Count);
    }

    [Fact]
    public async Task Region_and_network_volume_count_each_package_once_at_its_delivery_station()
    {
        var day = "2026-11-20";
        var network = await Plugin.VolumeHistory(start: day, end: day);
        var regions = 0L;
        foreach (var region in demo.Data.Regions)
        {
            regions += (await Plugin.VolumeHistory(region: region.Code, start: day, end: day)).TotalPackages;
        }

        var stations = demo.Data.Sites.Where(s => s.Kind == SiteKind.DeliveryStation).Sum(s => SiteSum(s.Code, new(2026, 11, 20), new(2026, 11, 20)));
        Assert.Equal(stations, network.TotalPackages);
        Assert.Equal(network.TotalPackages, regions);
    }

    [Fact]
    public async Task Volume_history_defaults_to_the_last_seven_days_with_history()
    {
        var result = await Plugin.VolumeHistory(site: "PDX2");
        Assert.Equal((new DateOnly(2026, 11, 15), DemoStore.LastDay), (result.Start, result.End));
    }

    [Fact]
    public async Task A_range_running_past_the_history_is_cut_with_a_note()
    {
        var result = await Plugin.VolumeHistory(site: "SEA4", start: "2026-11-18", end: "2026-11-30");
        Assert.Equal(DemoStore.LastDay, result.End);
        Assert.Contains(result.Notes, n => n.Contains("cut to 2026-11-18 to 2026-11-21"));
    }

    [Theory]
    [InlineData("XYZ9", null, null, "There is no site 'XYZ9'")]
    [InlineData("SEA4", "2026-13-01", null, "'2026-13-01' is not a date")]
    [InlineData("SEA4", "2026-11-10", "2026-11-01", "is after the end")]
    [InlineData("SEA4", "2027-01-01", "2027-01-31", "That is in the future")]
    public async Task Bad_volume_questions_are_refused_with_a_clear_message(string site, string? start, string? end, string message)
    {
        var error = await Assert.ThrowsAsync<InputError>(() => Plugin.VolumeHistory(site: site, start: start, end: end));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task Site_lane_and_region_together_are_refused()
    {
        var error = await Assert.ThrowsAsync<InputError>(() => Plugin.VolumeHistory(site: "SEA4", region: "WEST"));
        Assert.Contains("one of site, lane or region", error.Message);
    }

    [Fact]
    public async Task A_lane_can_be_named_by_its_two_ends()
    {
        var lane = demo.Data.Lanes.First(l => l.Origin == "SEA4");
        var result = await Plugin.DescribeLane($"{lane.Origin} to {lane.Destination}");
        Assert.Equal(lane.Id, result.Lane.Lane);
        Assert.Equal(lane.TrailerCapacityPackages, result.Lane.TrailerCapacityPackages);
        var missing = await Assert.ThrowsAsync<InputError>(() => Plugin.DescribeLane("SEA4 to PDX2"));
        Assert.Contains("There is no lane from SEA4 to PDX2", missing.Message);
    }

    [Fact]
    public async Task Missort_rate_of_a_delivery_station_explains_it_is_a_sort_center_metric()
    {
        var error = await Assert.ThrowsAsync<InputError>(() => Plugin.MetricHistory("GEG1", "missort_rate"));
        Assert.Contains("measured at sort centers", error.Message);
    }

    [Fact]
    public async Task Metric_history_averages_the_stored_days()
    {
        var result = await Plugin.MetricHistory("BFI3", "missort_rate", "2026-11-01", "2026-11-10");
        var expected = demo.Data.SiteDays.Where(d => d.SiteCode == "BFI3" && d.Date >= new DateOnly(2026, 11, 1) && d.Date <= new DateOnly(2026, 11, 10)).Average(d => d.MissortRatePct!.Value);
        Assert.Equal(Math.Round(expected, 3), result.Average, 3);
        Assert.Equal("% of packages", result.Unit);
    }

    [Fact]
    public async Task Top_lanes_are_ranked_by_packages_and_can_be_limited_to_a_site()
    {
        var result = await Plugin.TopLanes(site: "SEA4", start: "2026-11-01", end: "2026-11-07", count: 3);
        Assert.Equal(3, result.Lanes.Count);
        Assert.True(result.Lanes[0].Packages >= result.Lanes[1].Packages && result.Lanes[1].Packages >= result.Lanes[2].Packages);
        Assert.All(result.Lanes, l => Assert.True(l.Origin == "SEA4" || l.Destination == "SEA4"));
        var top = demo.Data.LaneDays.Where(d => d.Date >= new DateOnly(2026, 11, 1) && d.Date <= new DateOnly(2026, 11, 7))
            .Where(d => d.LaneId.StartsWith("SEA4-", StringComparison.Ordinal) || d.LaneId.EndsWith("-SEA4", StringComparison.Ordinal))
            .GroupBy(d => d.LaneId).OrderByDescending(g => g.Sum(d => d.Packages)).First();
        Assert.Equal(top.Key, result.Lanes[0].Lane);
        Assert.Equal(top.Sum(d => d.Packages), result.Lanes[0].Packages);
    }

    [Fact]
    public async Task Hourly_profile_spreads_the_day_over_24_hours()
    {
        var result = await Plugin.HourlyProfile("PDX2", "2026-11-20");
        Assert.Equal(24, result.Hours.Count);
        Assert.Equal(100, result.Hours.Sum(h => h.SharePct), 0);
        Assert.Equal(SiteSum("PDX2", new(2026, 11, 20), new(2026, 11, 20)), result.BasisDayPackages);
        Assert.NotNull(result.SortCapacityPackagesPerHour);
    }

    [Fact]
    public async Task Top_sites_rank_by_summed_packages_in_either_order()
    {
        var highest = await Plugin.TopSites(kind: "SC", start: "2026-11-01", end: "2026-11-07", count: 10);
        var lowest = await Plugin.TopSites(kind: "SC", start: "2026-11-01", end: "2026-11-07", order: "lowest", count: 10);
        Assert.Equal(10, highest.Sites.Count);
        Assert.Equal(highest.Sites.Select(s => s.Site).Reverse(), lowest.Sites.Select(s => s.Site));
        Assert.Equal(SiteSum(highest.Sites[0].Site, new(2026, 11, 1), new(2026, 11, 7)), highest.Sites[0].Packages);
        Assert.All(highest.Sites, s => Assert.Equal("SC", s.Kind));
        await Assert.ThrowsAsync<InputError>(() => Plugin.TopSites(order: "sideways"));
    }

    [Fact]
    public async Task Regions_are_listed_with_their_sites_by_kind()
    {
        var result = await Plugin.ListRegions();
        Assert.Equal(3, result.Count);
        Assert.Equal(46, result.Regions.Sum(r => r.FulfillmentCenters + r.SortCenters + r.DeliveryStations));
        Assert.Equal(4, result.Regions.Single(r => r.Code == "WEST").SortCenters);
    }

    [Fact]
    public async Task Sites_can_be_listed_by_kind_and_region()
    {
        var result = await Plugin.ListSites(kind: "DS", region: "West");
        Assert.Equal(10, result.Count);
        Assert.All(result.Sites, s => Assert.Equal(("DS", "WEST"), (s.Kind, s.Region)));
    }

    [Fact]
    public async Task Functions_are_described_with_json_schemas_and_return_snake_case_json()
    {
        var function = Plugin.Functions.Single(f => f.Name == "volume_history");
        Assert.Contains("site", function.JsonSchema.GetRawText());
        Assert.False(string.IsNullOrWhiteSpace(function.Description));
        var result = await function.InvokeAsync(new AIFunctionArguments(new Dictionary<string, object?> { ["site"] = "SEA4", ["start"] = "2026-11-09", ["end"] = "2026-11-15" }));
        var json = Assert.IsType<JsonElement>(result);
        Assert.True(json.GetProperty("total_packages").GetInt64() > 0);
        Assert.Equal("SEA4", json.GetProperty("scope").GetProperty("code").GetString());
    }

    [Fact]
    public void Every_intent_plans_only_calls_to_functions_the_plugin_has()
    {
        var names = Plugin.Functions.Select(f => f.Name).ToHashSet();
        var frame = new Questions.QuestionFrame { Sites = ["SEA4"], Lanes = ["SEA4-GEG1"], Regions = ["WEST"] };
        foreach (var intent in Plugin.Intents)
        {
            var plan = intent.Plan(frame);
            Assert.All(plan.Calls, c => Assert.Contains(c.Tool, names));
        }
    }
}
