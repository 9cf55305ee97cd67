using Assistant.Core.Csv;

namespace Assistant.Core.Tests;

/// <summary>
/// Bad folders offered to a store holding the demo network: each is refused whole with the file,
/// row and column named, and the store is left exactly as it was.
/// </summary>
public sealed class NetworkCsvValidationTests(DemoStoreFixture demo) : IClassFixture<DemoStoreFixture>, IDisposable
{
    private const string LanesHeader = "origin,destination,trailer_capacity_packages,cost_per_truck_usd,transit_hours,critical_pull_time";
    private const string SitesHeader = "code,name,kind,region,city,state,latitude,longitude";

    private readonly CsvFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A demo lane, so that hand-written volume rows refer to something real.</summary>
    private string DemoLane => demo.Generated.Lanes.First(l => l.Origin == "SEA4").Id;

    [Fact]
    public async Task Malformed_lane_file_is_rejected_whole_and_store_is_unchanged()
    {
        _folder
            .With("sites.csv", SitesHeader, "NEW1,New Sort,SC,WEST,Tacoma,WA,47.25,-122.44")
            .With("lanes.csv",
                LanesHeader,
                "SEA4,NEW1,2500,900,1.5,22:00",
                "NEW1,GEG1,2500,1100,5,02:00",
                "NEW1,BOI2,2500,1400,8,01:00",
                "ONT8,NEW1,3000,2500,20,18:00",
                "PHX6,NEW1,3000,2600,24,17:00",
                "DFW7,NEW1,3000,3100,abc,16:00");

        var error = await RejectedAsync(replace: false);

        Assert.Equal("lanes.csv row 7, column transit_hours: \"abc\" is not a number (write numbers with a dot for decimals and no thousands separators).", Problems(error)[0]);
        Assert.Single(Problems(error));
        Assert.StartsWith("The CSV import was rejected and nothing was changed: 1 problem (row numbers count the header as row 1).", error.Message, StringComparison.Ordinal);
        // The valid sites file did not land either.
        Assert.Null((await new Store.SqliteNetworkStore(demo.Database.Database).GetCatalogAsync()).FindSite("NEW1"));
    }

    [Fact]
    public async Task A_reference_to_an_unknown_site_is_named_with_its_row_and_column()
    {
        _folder.With("site_volume.csv",
            "site,date,packages",
            "SEA4,2026-11-22,41000",
            "XXX9,2026-11-22,100",
            "sea4,2026-11-23,42000");

        var error = await RejectedAsync(replace: false);

        Assert.Equal(["site_volume.csv row 3, column site: there is no site \"XXX9\" in sites.csv or in the store."], Problems(error));
    }

    [Fact]
    public async Task A_missing_required_column_is_named_and_no_row_of_the_file_is_read()
    {
        _folder.With("lanes.csv",
            "origin,destination,trailer_capacity_packages,cost_per_truck_usd,critical_pull_time",
            "SEA4,GEG1,2500,900,22:00");

        var error = await RejectedAsync(replace: false);

        Assert.Equal(
            ["lanes.csv row 1, column transit_hours: the header lacks required column transit_hours (found: origin,destination,trailer_capacity_packages,cost_per_truck_usd,critical_pull_time)."],
            Problems(error));
    }

    [Fact]
    public async Task A_key_given_twice_in_one_file_is_refused_with_both_rows()
    {
        _folder.With("sites.csv",
            SitesHeader,
            "NEW1,New Sort,SC,WEST,Tacoma,WA,47.25,-122.44",
            "new1,New Sort Again,SC,WEST,Tacoma,WA,47.25,-122.44");

        var error = await RejectedAsync(replace: false);

        Assert.Equal(["sites.csv row 3, column code: site new1 appears twice in sites.csv; it was first given on row 2."], Problems(error));
    }

    [Fact]
    public async Task A_lane_day_given_twice_is_refused()
    {
        _folder.With("lane_volume.csv",
            "lane,date,packages,trucks,late_departures",
            $"{DemoLane},2026-11-22,5000,3,0",
            $"{DemoLane.ToLowerInvariant()},2026-11-22,5100,3,0");

        var error = await RejectedAsync(replace: false);

        Assert.Equal([$"lane_volume.csv row 3, column date: {DemoLane} on 2026-11-22 appears twice in lane_volume.csv; it was first given on row 2."], Problems(error));
    }

    [Theory]
    [InlineData("sites.csv", SitesHeader, "NEW1,New,XX,WEST,Tacoma,WA,47,-122",
        "sites.csv row 2, column kind: \"XX\" is not a kind of site; use FC (fulfillment center), SC (sort center) or DS (delivery station).")]
    [InlineData("sites.csv", SitesHeader, "NEW-1,New,SC,WEST,Tacoma,WA,47,-122",
        "sites.csv row 2, column code: \"NEW-1\" cannot be a site code: lane ids are ORIGIN-DESTINATION, so a code must not contain '-' or spaces.")]
    [InlineData("sites.csv", SitesHeader, "NEW1,New,SC,WEST,Tacoma,WA,97,-122",
        "sites.csv row 2, column latitude: \"97\" must be at most 90.")]
    [InlineData("site_volume.csv", "site,date,packages", "SEA4,2026-11-22,-5",
        "site_volume.csv row 2, column packages: \"-5\" is negative; it must be 0 or more.")]
    [InlineData("site_volume.csv", "site,date,packages", "SEA4,2026-13-01,5",
        "site_volume.csv row 2, column date: \"2026-13-01\" is not a date; dates are written yyyy-MM-dd, for example 2025-03-14.")]
    [InlineData("site_volume.csv", "site,date,packages,dwell_hours", "SEA4,2026-11-22,5,-1",
        "site_volume.csv row 2, column dwell_hours: \"-1\" is negative; it must be 0 or more.")]
    [InlineData("site_volume.csv", "site,date,packages,dwel_hours", "SEA4,2026-11-22,5,1",
        "site_volume.csv row 1, column dwel_hours: \"dwel_hours\" is not a column of site_volume.csv; its columns are site, date, packages, missort_rate_pct, late_departures, dwell_hours.")]
    [InlineData("site_volume.csv", "site,date,packages", "SEA4,2026-11-22,12.5",
        "site_volume.csv row 2, column packages: \"12.5\" is not a whole number.")]
    [InlineData("lanes.csv", LanesHeader, "SEA4,GEG1,2500,900,1.5,25:00",
        "lanes.csv row 2, column critical_pull_time: \"25:00\" is not a time of day; times are written HH:mm on a 24-hour clock, for example 21:30.")]
    [InlineData("lanes.csv", LanesHeader, "SEA4,sea4,2500,900,1.5,22:00",
        "lanes.csv row 2, column destination: lane SEA4-SEA4 starts and ends at SEA4; a lane joins two different sites.")]
    [InlineData("lanes.csv", LanesHeader, "SEA4,GEG1,2500,,1.5,22:00",
        "lanes.csv row 2, column cost_per_truck_usd: a value is required but the cell is empty.")]
    [InlineData("lanes.csv", LanesHeader, "SEA4,GEG1,0,900,1.5,22:00",
        "lanes.csv row 2, column trailer_capacity_packages: \"0\" must be at least 1.")]
    [InlineData("lanes.csv", LanesHeader, "SEA4,GEG1,2500,\"1,200\",1.5,22:00",
        "lanes.csv row 2, column cost_per_truck_usd: \"1,200\" is not a number (write numbers with a dot for decimals and no thousands separators).")]
    [InlineData("lanes.csv", LanesHeader, "SEA4,GEG1,2500,1,200,1.5,22:00",
        "lanes.csv row 2: the row has 7 values but the header names 6 columns; a value that contains a comma must be in double quotes.")]
    [InlineData("lane_volume.csv", "lane,date,packages,trucks,late_departures", "{LANE},2026-11-22,5000,3",
        "lane_volume.csv row 2, column late_departures: the row ends before this column: it has 4 values but the header names 5 columns.")]
    [InlineData("lane_volume.csv", "lane,date,packages,trucks,late_departures", "{LANE},2026-11-22,5000,3,4",
        "lane_volume.csv row 2, column late_departures: 4 late departures but only 3 trucks; late departures count trucks, so they cannot exceed them.")]
    [InlineData("lane_volume.csv", "lane,date,packages,trucks,late_departures", "SEA4-XXX1,2026-11-22,5000,3,0",
        "lane_volume.csv row 2, column lane: there is no lane \"SEA4-XXX1\" in lanes.csv or in the store.")]
    [InlineData("hourly_profile.csv", "site,hour,share", "SEA4,0,0.5",
        "hourly_profile.csv row 2, column share: the shares of SEA4 (from this row on) add up to 0.5; they split its day, so they must add up to 1.")]
    [InlineData("hourly_profile.csv", "site,hour,share", "SEA4,24,1",
        "hourly_profile.csv row 2, column hour: \"24\" must be at most 23.")]
    [InlineData("sort_capacity.csv", "site,sort_capacity_per_hour,units_per_labor_hour,labor_rate_usd,overtime_rate_usd,shifts", "SEA4,12000,110,23.5,35,Night 21:00 10h",
        "sort_capacity.csv row 2, column shifts: shift \"Night 21:00 10h\" is not written Name@HH:mm+hours, for example Night@21:00+10.")]
    [InlineData("sort_capacity.csv", "site,sort_capacity_per_hour,units_per_labor_hour,labor_rate_usd,overtime_rate_usd,shifts", "SEA4,12000,0,23.5,35,Night@21:00+10",
        "sort_capacity.csv row 2, column units_per_labor_hour: \"0\" must be more than 0.")]
    [InlineData("regions.csv", "code,name", "\"NORTH,North",
        "regions.csv row 2: value 1 opens a double quote that is never closed; a quote inside a quoted value is written twice (\"\").")]
    [InlineData("regions.csv", "", "",
        "regions.csv: the file is empty; it needs a header row naming its columns: code,name.")]
    public async Task A_bad_cell_is_reported_with_its_file_row_and_column(string file, string header, string row, string expected)
    {
        _folder.With(file, header, row.Replace("{LANE}", DemoLane, StringComparison.Ordinal));

        var error = await RejectedAsync(replace: false);

        Assert.Equal([expected], Problems(error));
    }

    [Fact]
    public async Task Every_bad_row_is_counted_but_only_the_first_twenty_are_listed_first_one_first()
    {
        var rows = Enumerable.Range(0, 30).Select(i => $"SEA4,2025-12-{i + 1:00},lots");
        _folder.With("site_volume.csv", ["site,date,packages", .. rows]);

        var error = await RejectedAsync(replace: false);

        var problems = Problems(error);
        Assert.Equal(21, problems.Count);
        Assert.StartsWith("site_volume.csv row 2, column packages: \"lots\" is not a number", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("site_volume.csv row 21, column packages:", problems[19], StringComparison.Ordinal);
        Assert.Equal("... and 10 more.", problems[20]);
        Assert.Contains("30 problems", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problems_in_several_files_are_all_reported_in_file_order()
    {
        _folder
            .With("lane_volume.csv", "lane,date,packages,trucks,late_departures", "NEW1-GEG1,2026-11-22,10,1,x")
            .With("sites.csv", SitesHeader, "NEW1,New Sort,SC,WEST,Tacoma,WA,north,-122.44")
            .With("lanes.csv", LanesHeader, "NEW1,GEG1,2500,900,1.5,22:00", "NEW1,NOPE,2500,900,1.5,22:00");

        var error = await RejectedAsync(replace: false);

        Assert.Equal(
            [
                "sites.csv row 2, column latitude: \"north\" is not a number (write numbers with a dot for decimals and no thousands separators).",
                "lanes.csv row 3, column destination: there is no site \"NOPE\" in sites.csv or in the store.",
                "lane_volume.csv row 2, column late_departures: \"x\" is not a number (write numbers with a dot for decimals and no thousands separators).",
            ],
            Problems(error));
    }

    [Fact]
    public async Task A_replacing_import_counts_only_the_folder_so_a_volume_file_alone_cannot_wipe_the_store()
    {
        _folder.With("site_volume.csv", "site,date,packages", "SEA4,2026-11-22,41000");

        var error = await RejectedAsync(replace: true);

        Assert.Equal(
            ["site_volume.csv row 2, column site: there is no site \"SEA4\" in sites.csv (the import replaces the store, so only the folder's files count)."],
            Problems(error));
    }

    [Fact]
    public async Task An_unreadable_sites_file_does_not_bury_its_cause_under_unknown_references()
    {
        _folder
            .With("sites.csv", "code,name,kind", "NEW1,New Sort,SC")
            .With("site_volume.csv", "site,date,packages", "NEW1,2026-11-22,10");

        var error = await RejectedAsync(replace: false);

        Assert.Equal(
            ["sites.csv row 1, column region, city, state, latitude, longitude: the header lacks required columns region, city, state, latitude, longitude (found: code,name,kind)."],
            Problems(error));
    }

    /// <summary>Runs the import, expects it refused, and checks the store did not move.</summary>
    private async Task<InputError> RejectedAsync(bool replace)
    {
        var before = await StoreSnapshot.TakeAsync(demo.Database.Database);

        var error = await Assert.ThrowsAsync<InputError>(() => new NetworkCsvImporter(demo.Database.Store).ImportFolderAsync(_folder.Path, replace));

        Assert.Equal(before, await StoreSnapshot.TakeAsync(demo.Database.Database));
        Assert.Equal(46, before.Count("sites"));
        Assert.Equal(5, before.Count("incidents"));
        return error;
    }

    /// <summary>The listed problems: every line of the message after the headline.</summary>
    private static List<string> Problems(InputError error) => error.Message.Split('\n').Skip(1).ToList();
}
