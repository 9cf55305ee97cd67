using Assistant.Core.Csv;
using Assistant.Core.History;
using Assistant.Core.Network;

namespace Assistant.Core.Tests;

/// <summary>Hand-written folders imported into fresh stores.</summary>
public sealed class NetworkCsvImportTests : IDisposable
{
    private readonly TempDatabase _temp = new();
    private readonly CsvFolder _folder = new();

    public void Dispose()
    {
        _folder.Dispose();
        _temp.Dispose();
    }

    /// <summary>A small network in every file: one FC, one SC, two stations (one in a region nobody defined).</summary>
    private static CsvFolder WriteSmallNetwork(CsvFolder folder) => folder
        .With("regions.csv",
            "code,name",
            "NW,Northwest")
        .With("sites.csv",
            "code,name,kind,region,city,state,latitude,longitude",
            "FC1,\"Tacoma FC, Building \"\"1\"\"\",FC,NW,Tacoma,WA,47.25,-122.44",
            "SC1,Seattle Sort,SC,NW,Seattle,WA,47.61,-122.33",
            "DS1,Spokane Station,DS,nw,Spokane,WA,47.66,-117.43",
            "",
            "DS2,Boise Station,Delivery Station,MTN,,,43.62,-116.2")
        .With("lanes.csv",
            "origin,destination,trailer_capacity_packages,cost_per_truck_usd,transit_hours,critical_pull_time",
            "FC1,SC1,3000,450.50,1.5,22:00",
            "SC1,DS1,2500,1200,5.25,02:30",
            "sc1,ds2,2500,1850.75,9,1:15")
        .With("sort_capacity.csv",
            "site,sort_capacity_per_hour,units_per_labor_hour,labor_rate_usd,overtime_rate_usd,shifts",
            "SC1,12000,110.5,23.75,35.63,Night@21:00+10;Day@07:00+7.5")
        .With("hourly_profile.csv",
            "site,hour,share",
            "SC1,0,0.4",
            "SC1,6,0.1",
            "SC1,12,0.2",
            "SC1,18,0.3")
        .With("site_volume.csv",
            "site,date,packages,missort_rate_pct,late_departures",
            "SC1,2025-03-01,5000,0.12,1",
            "SC1,2025-03-02,5200,,0",
            "DS1,2025-03-01,3000,,",
            "DS2,2025-03-01,2000,,",
            "DS1,2025-03-02,3100,,")
        .With("lane_volume.csv",
            "lane,date,packages,trucks,late_departures",
            "FC1-SC1,2025-03-01,5000,2,0",
            "sc1-ds1,2025-03-01,3000,2,1",
            "SC1-DS2,2025-03-01,2000,1,0");

    [Fact]
    public async Task A_hand_written_folder_loads_every_file_into_an_empty_store()
    {
        WriteSmallNetwork(_folder);

        var report = await new NetworkCsvImporter(_temp.Store).ImportFolderAsync(_folder.Path, replace: false);

        Assert.Equal(new CsvRowCounts(Regions: 1, Sites: 4, Lanes: 3, SortCapacities: 1, HourlyShares: 4, SiteDays: 5, LaneDays: 3), report.Rows);
        Assert.Equal(["MTN"], report.RegionsCreated);
        Assert.Contains("Created region MTN", report.Summary, StringComparison.Ordinal);
        Assert.Empty(report.FilesIgnored);

        var store = _temp.Store;
        var catalog = await store.GetCatalogAsync();
        Assert.Equal([new Region("MTN", "MTN"), new Region("NW", "Northwest")], catalog.Regions);
        Assert.Equal(new Site("FC1", "Tacoma FC, Building \"1\"", SiteKind.FulfillmentCenter, "NW", "Tacoma", "WA", 47.25, -122.44), catalog.FindSite("FC1"));
        Assert.Equal("NW", catalog.FindSite("DS1")!.RegionCode);
        Assert.Equal(new Site("DS2", "Boise Station", SiteKind.DeliveryStation, "MTN", "", "", 43.62, -116.2), catalog.FindSite("DS2"));
        Assert.Equal(new Lane("SC1", "DS2", 2500, 1850.75m, 9, new TimeOnly(1, 15)), catalog.FindLane("SC1-DS2"));
        Assert.Equal(["FC1-SC1", "SC1-DS1", "SC1-DS2"], catalog.Lanes.Select(l => l.Id));
        var capacity = catalog.FindCapacity("SC1")!;
        Assert.Equal((12000, 110.5, 23.75m, 35.63m), (capacity.SortCapacityPackagesPerHour, capacity.UnitsPerLaborHour, capacity.LaborRateUsdPerHour, capacity.OvertimeRateUsdPerHour));
        Assert.Equal([new Shift("Night", new TimeOnly(21, 0), 10), new Shift("Day", new TimeOnly(7, 0), 7.5)], capacity.Shifts);

        Assert.Equal([new HourShare(0, 0.4), new HourShare(6, 0.1), new HourShare(12, 0.2), new HourShare(18, 0.3)], await store.GetHourlyProfileAsync("SC1"));
        var day1 = new DateOnly(2025, 3, 1);
        var day2 = new DateOnly(2025, 3, 2);
        Assert.Equal(new HistoryWindow(day1, day2), await store.GetHistoryWindowAsync());
        Assert.Equal([new SiteDay("SC1", day1, 5000, 0.12, 1, null), new SiteDay("SC1", day2, 5200, null, 0, null)], await store.GetSiteDaysAsync("SC1", day1, day2));
        Assert.Equal([new DailyVolume(day1, 5000), new DailyVolume(day2, 3100)], await store.GetVolumeAsync(VolumeScope.Network, day1, day2));
        Assert.Equal([new DailyVolume(day1, 2000)], await store.GetVolumeAsync(VolumeScope.Region("MTN"), day1, day2));
        Assert.Equal([new LaneDay("SC1-DS1", day1, 3000, 2, 1)], await store.GetLaneDaysAsync("SC1-DS1", day1, day2));
    }

    [Fact]
    public async Task A_later_import_adds_to_the_store_and_lands_on_the_stored_spelling_of_codes()
    {
        WriteSmallNetwork(_folder);
        var importer = new NetworkCsvImporter(_temp.Store);
        await importer.ImportFolderAsync(_folder.Path, replace: false);
        using var more = new CsvFolder();
        more.With("SITE_VOLUME.csv",
                "site,date,packages",
                "sc1,2025-03-02,5300",
                "sc1,2025-03-03,5400")
            .With("notes.csv", "anything");

        var report = await importer.ImportFolderAsync(more.Path, replace: false);

        Assert.Equal(new CsvRowCounts(0, 0, 0, 0, 0, 2, 0), report.Rows);
        Assert.Equal(["SITE_VOLUME.csv"], report.FilesRead);
        Assert.Equal(["notes.csv"], report.FilesIgnored);
        var days = await _temp.Store.GetSiteDaysAsync("SC1", new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 3));
        Assert.Equal([5000L, 5300L, 5400L], days.Select(d => d.Packages));
        Assert.Equal(4, (await _temp.Store.GetCatalogAsync()).Sites.Count);
        Assert.Empty(await _temp.Store.GetSiteDaysAsync("sc1", new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 3)));
    }

    [Fact]
    public async Task Importing_with_replace_removes_what_the_folder_does_not_hold()
    {
        WriteSmallNetwork(_folder);
        var importer = new NetworkCsvImporter(_temp.Store);
        await importer.ImportFolderAsync(_folder.Path, replace: false);
        using var replacement = new CsvFolder();
        replacement.With("sites.csv",
            "code,name,kind,region,city,state,latitude,longitude",
            "SC9,Other Sort,SC,EAST,Boston,MA,42.36,-71.06");

        var report = await importer.ImportFolderAsync(replacement.Path, replace: true);

        Assert.True(report.Replaced);
        Assert.Equal(["EAST"], report.RegionsCreated);
        var catalog = await _temp.Store.GetCatalogAsync();
        Assert.Equal(["SC9"], catalog.Sites.Select(s => s.Code));
        Assert.Equal([new Region("EAST", "EAST")], catalog.Regions);
        Assert.Empty(catalog.Lanes);
        Assert.Null(await _temp.Store.GetHistoryWindowAsync());
    }

    [Fact]
    public async Task A_missing_folder_or_one_without_network_files_is_refused_clearly()
    {
        var importer = new NetworkCsvImporter(_temp.Store);
        var missing = Path.Combine(_folder.Path, "nowhere");
        _folder.With("readme.txt", "not a csv");

        var noFolder = await Assert.ThrowsAsync<InputError>(() => importer.ImportFolderAsync(missing, replace: false));
        var noFiles = await Assert.ThrowsAsync<InputError>(() => importer.ImportFolderAsync(_folder.Path, replace: false));

        Assert.Equal($"There is no folder {missing}.", noFolder.Message);
        Assert.StartsWith($"The folder {_folder.Path} holds none of the network CSV files; expected one or more of regions.csv, sites.csv, lanes.csv", noFiles.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_of_an_imported_folder_reads_back_the_same_files()
    {
        WriteSmallNetwork(_folder);
        await new NetworkCsvImporter(_temp.Store).ImportFolderAsync(_folder.Path, replace: false);
        var exportFolder = Path.Combine(_temp.Folder, "out");

        var report = await new NetworkCsvExporter(_temp.Store).ExportFolderAsync(exportFolder);

        Assert.Equal(new CsvRowCounts(2, 4, 3, 1, 4, 5, 3), report.Rows);
        Assert.Equal(
            ["site,sort_capacity_per_hour,units_per_labor_hour,labor_rate_usd,overtime_rate_usd,shifts", "SC1,12000,110.5,23.75,35.63,Night@21:00+10;Day@07:00+7.5"],
            File.ReadAllLines(Path.Combine(exportFolder, "sort_capacity.csv")));
        Assert.Contains("FC1,\"Tacoma FC, Building \"\"1\"\"\",FC,NW,Tacoma,WA,47.25,-122.44", File.ReadAllLines(Path.Combine(exportFolder, "sites.csv")));
        Assert.Contains("SC1,2025-03-02,5200,,0,", File.ReadAllLines(Path.Combine(exportFolder, "site_volume.csv")));
        Assert.Contains("SC1,DS2,2500,1850.75,9,01:15", File.ReadAllLines(Path.Combine(exportFolder, "lanes.csv")));

        using var again = new TempDatabase();
        var reimported = await new NetworkCsvImporter(again.Store).ImportFolderAsync(exportFolder, replace: true);
        Assert.Equal(report.Rows, reimported.Rows);
        Assert.Equal((await _temp.Store.GetCatalogAsync()).Sites, (await again.Store.GetCatalogAsync()).Sites);
    }
}
