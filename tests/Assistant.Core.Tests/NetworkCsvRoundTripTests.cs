using Assistant.Core.Csv;
using Assistant.Core.History;

namespace Assistant.Core.Tests;

public sealed class NetworkCsvRoundTripTests(DemoStoreFixture demo) : IClassFixture<DemoStoreFixture>
{
    private static readonly DateOnly LastDay = DemoStoreFixture.LastDay;

    [Fact]
    public async Task Exported_demo_imports_into_a_fresh_store_with_the_same_network_and_history()
    {
        using var target = new TempDatabase();
        var folder = Path.Combine(target.Folder, "export");
        var days = LastDay.DayNumber - LastDay.AddYears(-3).DayNumber;

        var exported = await new NetworkCsvExporter(demo.Database.Store).ExportFolderAsync(folder);
        var imported = await new NetworkCsvImporter(target.Store).ImportFolderAsync(folder, replace: true);

        Assert.Equal(new CsvRowCounts(3, 46, 150, 10, 240, 46 * days, 150 * days), exported.Rows);
        Assert.Equal(exported.Rows, imported.Rows);
        Assert.Empty(imported.RegionsCreated);
        Assert.Equal(7, imported.FilesRead.Count);

        var source = demo.Database.Store;
        var before = await source.GetCatalogAsync();
        var after = await target.Store.GetCatalogAsync();
        Assert.Equal(before.Regions, after.Regions);
        Assert.Equal(before.Sites, after.Sites);
        Assert.Equal(before.Lanes, after.Lanes);
        foreach (var capacity in before.Capacities)
        {
            var copy = after.FindCapacity(capacity.SiteCode)!;
            Assert.Equal(capacity with { Shifts = [] }, copy with { Shifts = [] });
            Assert.Equal(capacity.Shifts, copy.Shifts);
        }

        Assert.Equal(await source.GetHistoryWindowAsync(), await target.Store.GetHistoryWindowAsync());
        var from = LastDay.AddDays(-29);
        Assert.Equal(await source.GetSiteDaysAsync("SEA4", from, LastDay), await target.Store.GetSiteDaysAsync("SEA4", from, LastDay));
        Assert.Equal(await source.GetSiteDaysAsync("GEG1", from, LastDay), await target.Store.GetSiteDaysAsync("GEG1", from, LastDay));
        Assert.Equal(await source.GetLaneTotalsAsync(LastDay.AddDays(-89), LastDay), await target.Store.GetLaneTotalsAsync(LastDay.AddDays(-89), LastDay));
        Assert.Equal(await source.GetVolumeAsync(VolumeScope.Network, from, LastDay), await target.Store.GetVolumeAsync(VolumeScope.Network, from, LastDay));
        foreach (var center in before.Capacities)
        {
            Assert.Equal(await source.GetHourlyProfileAsync(center.SiteCode), await target.Store.GetHourlyProfileAsync(center.SiteCode));
        }

        // Planted incidents are the demo's test ground truth, not network data: they stay behind.
        Assert.Empty(await target.Store.GetIncidentsAsync());
    }

    [Fact]
    public async Task Export_writes_a_header_first_and_values_in_invariant_form()
    {
        using var target = new TempDatabase();
        var folder = Path.Combine(target.Folder, "export");

        await new NetworkCsvExporter(demo.Database.Store).ExportFolderAsync(folder);

        var catalog = await demo.Database.Store.GetCatalogAsync();
        var lane = catalog.Lanes[0];
        var lanes = File.ReadAllLines(Path.Combine(folder, "lanes.csv"));
        Assert.Equal("origin,destination,trailer_capacity_packages,cost_per_truck_usd,transit_hours,critical_pull_time", lanes[0]);
        Assert.Equal(151, lanes.Length);
        Assert.Contains(lanes, l => l.StartsWith($"{lane.Origin},{lane.Destination},{lane.TrailerCapacityPackages},", StringComparison.Ordinal)
            && l.EndsWith("," + lane.CriticalPullTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        var capacity = File.ReadAllLines(Path.Combine(folder, "sort_capacity.csv"));
        Assert.Equal("site,sort_capacity_per_hour,units_per_labor_hour,labor_rate_usd,overtime_rate_usd,shifts", capacity[0]);
        Assert.All(capacity.Skip(1), l => Assert.EndsWith(",Night@21:00+10;Day@07:00+10;Twilight@15:30+6", l, StringComparison.Ordinal));

        var siteVolume = File.ReadLines(Path.Combine(folder, "site_volume.csv")).Take(2).ToList();
        Assert.Equal("site,date,packages,missort_rate_pct,late_departures,dwell_hours", siteVolume[0]);
        Assert.Matches(@"^[A-Z0-9]+,\d{4}-\d{2}-\d{2},\d+,", siteVolume[1]);
        Assert.Equal("site,hour,share", File.ReadLines(Path.Combine(folder, "hourly_profile.csv")).First());
        Assert.Equal("lane,date,packages,trucks,late_departures", File.ReadLines(Path.Combine(folder, "lane_volume.csv")).First());
        Assert.Equal(["code,name", "CENTRAL,Central", "EAST,East", "WEST,West"], File.ReadAllLines(Path.Combine(folder, "regions.csv")));
    }
}
