using Assistant.Core.History;
using Assistant.Core.Network;
using Assistant.Core.Store;
using Microsoft.Data.Sqlite;

namespace Assistant.Core.Tests;

public sealed class SqliteNetworkStoreTests(DemoStoreFixture demo) : IClassFixture<DemoStoreFixture>
{
    private static readonly DateOnly LastDay = DemoStoreFixture.LastDay;

    private INetworkStore Store => demo.Database.Store;

    [Fact]
    public async Task Migrations_bring_a_new_file_to_the_latest_schema_and_reopening_changes_nothing()
    {
        using var temp = new TempDatabase();
        await using (var connection = await temp.Database.OpenAsync())
        {
            Assert.Equal(4, SqliteSchema.LatestVersion);
            Assert.Equal(4, SqliteSchema.CurrentVersion(connection));
            var tables = Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;");
            Assert.Equal(
                ["conversations", "hourly_profile", "incidents", "lane_days", "lanes", "messages", "network_version", "regions", "schema_version", "site_days", "sites", "sort_capacity", "store_info"],
                tables);
        }

        await temp.Store.ImportAsync(new NetworkData([new Region("WEST", "West")], [], [], [], [], [], new Dictionary<string, IReadOnlyList<HourShare>>(), []), replace: false);

        var reopened = new SqliteDatabase(temp.Database.FilePath);
        await using (var connection = await reopened.OpenAsync())
        {
            Assert.Equal(4, SqliteSchema.CurrentVersion(connection));
            Assert.Equal(["4"], Strings(connection, "SELECT version FROM schema_version;"));
            SqliteSchema.Migrate(connection);
            Assert.Equal(["4"], Strings(connection, "SELECT version FROM schema_version;"));
        }

        var catalog = await new SqliteNetworkStore(reopened).GetCatalogAsync();
        Assert.Equal([new Region("WEST", "West")], catalog.Regions);
    }

    [Fact]
    public async Task First_run_setup_fills_an_empty_store_once_ending_yesterday()
    {
        Assert.True(demo.FirstSetupFilled > 3 * 365);
        Assert.Equal(LastDay, NetworkStoreSetup.Yesterday(demo.Clock));

        var second = await NetworkStoreSetup.EnsureDemoAsync(Store, demo.Clock);

        Assert.Equal(0, second);
        var window = await Store.GetHistoryWindowAsync();
        Assert.Equal(new HistoryWindow(LastDay.AddYears(-3).AddDays(1), LastDay), window);
        var catalog = await Store.GetCatalogAsync();
        Assert.Equal(46, catalog.Sites.Count);
        Assert.Equal(150, catalog.Lanes.Count);
        Assert.Equal(10, catalog.Capacities.Count);
    }

    [Fact]
    public async Task An_empty_store_has_no_history_window()
    {
        using var temp = new TempDatabase();
        Assert.Null(await temp.Store.GetHistoryWindowAsync());
        Assert.Empty((await temp.Store.GetCatalogAsync()).Sites);
    }

    [Fact]
    public async Task The_history_window_follows_an_import_made_through_another_store_on_the_same_file()
    {
        using var temp = new TempDatabase();
        var site = new Site("SEA4", "Kent sort center", SiteKind.SortCenter, "WEST", "Kent", "WA", 47.4, -122.2);
        NetworkData Days(params DateOnly[] days) => new(
            [new Region("WEST", "West")], [site], [], [], days.Select(d => new SiteDay("SEA4", d, 100, null, null, null)).ToList(), [],
            new Dictionary<string, IReadOnlyList<HourShare>>(), []);
        await temp.Store.ImportAsync(Days(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 5)), replace: false);
        Assert.Equal(new HistoryWindow(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 5)), await temp.Store.GetHistoryWindowAsync());

        // Another process (the CLI importing while the web app runs) has its own store object.
        var other = new SqliteNetworkStore(new SqliteDatabase(temp.Database.FilePath));
        await other.ImportAsync(Days(new DateOnly(2026, 11, 9)), replace: false);

        Assert.Equal(new HistoryWindow(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 9)), await temp.Store.GetHistoryWindowAsync());
    }

    [Fact]
    public async Task Site_volume_over_a_week_equals_the_generated_history()
    {
        var from = LastDay.AddDays(-6);
        var expected = demo.Generated.SiteDays
            .Where(d => d.SiteCode == "SEA4" && d.Date >= from && d.Date <= LastDay)
            .Select(d => new DailyVolume(d.Date, d.Packages))
            .ToList();

        var volume = await Store.GetVolumeAsync(VolumeScope.Site("SEA4"), from, LastDay);

        Assert.Equal(7, volume.Count);
        Assert.Equal(expected, volume);
        Assert.All(volume, v => Assert.True(v.Packages > 1000, $"SEA4 moved only {v.Packages} packages on {v.Date}"));
    }

    [Fact]
    public async Task Region_and_network_volume_are_the_sum_of_their_delivery_stations()
    {
        var from = LastDay.AddDays(-13);
        var stations = demo.Generated.Sites.Where(s => s.Kind == SiteKind.DeliveryStation).ToList();
        var westStations = stations.Where(s => s.RegionCode == "WEST").Select(s => s.Code).ToHashSet();
        var westDays = demo.Generated.SiteDays.Where(d => westStations.Contains(d.SiteCode) && d.Date >= from && d.Date <= LastDay)
            .GroupBy(d => d.Date).OrderBy(g => g.Key).Select(g => new DailyVolume(g.Key, g.Sum(d => d.Packages))).ToList();
        var allStations = stations.Select(s => s.Code).ToHashSet();
        var networkDays = demo.Generated.SiteDays.Where(d => allStations.Contains(d.SiteCode) && d.Date >= from && d.Date <= LastDay)
            .GroupBy(d => d.Date).OrderBy(g => g.Key).Select(g => new DailyVolume(g.Key, g.Sum(d => d.Packages))).ToList();

        var region = await Store.GetVolumeAsync(VolumeScope.Region("WEST"), from, LastDay);
        var network = await Store.GetVolumeAsync(VolumeScope.Network, from, LastDay);

        Assert.Equal(14, region.Count);
        Assert.Equal(westDays, region);
        Assert.Equal(networkDays, network);
        var regionsTotal = 0L;
        foreach (var code in new[] { "WEST", "CENTRAL", "EAST" })
        {
            regionsTotal += (await Store.GetVolumeAsync(VolumeScope.Region(code), from, LastDay)).Sum(v => v.Packages);
        }

        Assert.Equal(network.Sum(v => v.Packages), regionsTotal);
    }

    [Fact]
    public async Task Lane_volume_is_read_per_day_and_matches_the_generated_lane_days()
    {
        var lane = demo.Generated.Lanes[0];
        var from = LastDay.AddDays(-6);
        var expected = demo.Generated.LaneDays.Where(d => d.LaneId == lane.Id && d.Date >= from).ToList();

        Assert.Equal(expected, await Store.GetLaneDaysAsync(lane.Id, from, LastDay));
        Assert.Equal(expected.Select(d => new DailyVolume(d.Date, d.Packages)), await Store.GetVolumeAsync(VolumeScope.Lane(lane.Id), from, LastDay));
    }

    [Fact]
    public async Task Metrics_read_back_the_planted_missort_spike_and_skip_days_without_a_value()
    {
        var spike = demo.Generated.Incidents.Single(i => i.Kind == "missort_spike");
        var expected = demo.Generated.SiteDays
            .Where(d => d.SiteCode == spike.SiteCode && d.Date >= spike.Start && d.Date <= spike.End)
            .Select(d => new DailyMetric(d.Date, d.MissortRatePct!.Value))
            .ToList();

        var missort = await Store.GetMetricAsync(spike.SiteCode, DefectMetric.MissortRate, spike.Start, spike.End);
        var stationMissort = await Store.GetMetricAsync("GEG1", DefectMetric.MissortRate, spike.Start, spike.End);
        var late = await Store.GetMetricAsync("ORD2", DefectMetric.LateDepartures, LastDay.AddDays(-12), LastDay.AddDays(-9));

        Assert.Equal(3, missort.Count);
        Assert.Equal(expected, missort);
        Assert.Empty(stationMissort);
        Assert.Equal(
            demo.Generated.SiteDays.Where(d => d.SiteCode == "ORD2" && d.Date >= LastDay.AddDays(-12) && d.Date <= LastDay.AddDays(-9)).Select(d => (double)d.LateDepartures!.Value),
            late.Select(m => m.Value));
    }

    [Fact]
    public async Task Lane_totals_are_the_sums_over_the_range_largest_first()
    {
        var from = LastDay.AddDays(-27);
        var expected = demo.Generated.LaneDays.Where(d => d.Date >= from && d.Date <= LastDay)
            .GroupBy(d => d.LaneId)
            .Select(g => new LaneTotal(g.Key, g.Sum(d => d.Packages), g.Sum(d => d.Trucks), g.Sum(d => d.LateDepartures)))
            .OrderByDescending(t => t.Packages).ThenBy(t => t.LaneId, StringComparer.Ordinal)
            .ToList();

        var totals = await Store.GetLaneTotalsAsync(from, LastDay);

        Assert.Equal(150, totals.Count);
        Assert.Equal(expected, totals);
        Assert.True(totals.Zip(totals.Skip(1)).All(p => p.First.Packages >= p.Second.Packages));
    }

    [Fact]
    public async Task A_sort_centers_hourly_profile_covers_the_day_and_its_shares_sum_to_one()
    {
        var profile = await Store.GetHourlyProfileAsync("SEA4");

        Assert.Equal(Enumerable.Range(0, 24), profile.Select(h => h.Hour));
        Assert.Equal(1.0, profile.Sum(h => h.Share), precision: 3);
        Assert.Equal(demo.Generated.HourlyProfiles["SEA4"], profile);
        Assert.Empty(await Store.GetHourlyProfileAsync("GEG1"));
    }

    [Fact]
    public async Task Incidents_are_the_ones_the_generator_planted()
    {
        var incidents = await Store.GetIncidentsAsync();

        Assert.Equal(demo.Generated.Incidents, incidents);
        Assert.Contains(incidents, i => i.Kind == "outage" && i.SiteCode == "PDX2" && i.Start == LastDay.AddDays(-45));
    }

    [Fact]
    public async Task Catalog_finds_sites_and_lanes_whatever_their_case()
    {
        var catalog = await Store.GetCatalogAsync();
        var lane = demo.Generated.Lanes[0];

        var site = catalog.FindSite(" sea4 ");

        Assert.NotNull(site);
        Assert.Equal("SEA4", site.Code);
        Assert.Equal(SiteKind.SortCenter, site.Kind);
        Assert.Equal("WEST", site.RegionCode);
        Assert.Equal(lane, catalog.FindLane(lane.Id.ToLowerInvariant()));
        Assert.Equal("West", catalog.FindRegion("west")?.Name);
        Assert.Equal(demo.Generated.Sites.OrderBy(s => s.Code), catalog.Sites.OrderBy(s => s.Code));
        var error = Assert.Throws<InputError>(() => catalog.RequireSite("XYZ9"));
        Assert.Contains("XYZ9", error.Message, StringComparison.Ordinal);
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
