using Assistant.Core.Csv;

namespace Assistant.Core.Tests;

/// <summary>
/// History rows must be for days that are over: a row dated today or later (one at 2099-01-01
/// once moved every forecast past the end of the calendar) is refused with its file, row and
/// column, and the store keeps what it had. No date text may end in an internal error.
/// </summary>
public sealed class HistoryDateImportTests : IDisposable
{
    // 2026-11-22 10:00 UTC: today is the 22nd (not yet complete), yesterday the 21st.
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));
    private readonly TempDatabase _temp = new();
    private readonly CsvFolder _folder = new();

    public void Dispose()
    {
        _folder.Dispose();
        _temp.Dispose();
    }

    private CsvFolder WriteNetwork(CsvFolder folder) => folder
        .With("sites.csv",
            "code,name,kind,region,city,state,latitude,longitude",
            "SC1,Seattle Sort,SC,NW,Seattle,WA,47.61,-122.33",
            "DS1,Spokane Station,DS,NW,Spokane,WA,47.66,-117.43")
        .With("lanes.csv",
            "origin,destination,trailer_capacity_packages,cost_per_truck_usd,transit_hours,critical_pull_time",
            "SC1,DS1,2500,1200,5.25,02:30");

    private async Task<InputError> RejectedAsync()
    {
        var before = await StoreSnapshot.TakeAsync(_temp.Database);
        var error = await Assert.ThrowsAsync<InputError>(() => new NetworkCsvImporter(_temp.Store, _clock).ImportFolderAsync(_folder.Path, replace: false));
        Assert.Equal(before, await StoreSnapshot.TakeAsync(_temp.Database));
        return error;
    }

    private static List<string> Problems(InputError error) => error.Message.Split('\n').Skip(1).ToList();

    [Fact]
    public async Task A_site_row_dated_in_2099_is_refused_with_file_row_and_column_and_nothing_is_imported()
    {
        WriteNetwork(_folder).With("site_volume.csv",
            "site,date,packages",
            "SC1,2026-11-20,5000",
            "SC1,2099-01-01,5100",
            "DS1,2026-11-21,3000");

        var error = await RejectedAsync();

        Assert.Equal(
            ["site_volume.csv row 3, column date: 2099-01-01 is after yesterday (2026-11-21); history holds complete days only, so a day can be imported once it is over."],
            Problems(error));
        // The valid sites and lanes did not land either: the import is all or nothing.
        Assert.Empty((await _temp.Store.GetCatalogAsync()).Sites);
        Assert.Null(await _temp.Store.GetHistoryWindowAsync());
    }

    [Fact]
    public async Task Today_is_refused_because_it_is_not_over_and_yesterday_is_taken()
    {
        WriteNetwork(_folder).With("lane_volume.csv",
            "lane,date,packages,trucks,late_departures",
            "SC1-DS1,2026-11-21,3000,2,0",
            "SC1-DS1,2026-11-22,1200,1,0");

        var error = await RejectedAsync();
        Assert.Equal(
            ["lane_volume.csv row 3, column date: 2026-11-22 is today; history holds complete days only, so a day can be imported once it is over."],
            Problems(error));

        _folder.With("lane_volume.csv", "lane,date,packages,trucks,late_departures", "SC1-DS1,2026-11-21,3000,2,0");
        var report = await new NetworkCsvImporter(_temp.Store, _clock).ImportFolderAsync(_folder.Path, replace: false);
        Assert.Equal(1, report.Rows.LaneDays);
        var yesterday = new DateOnly(2026, 11, 21);
        Assert.Equal([new History.LaneDay("SC1-DS1", yesterday, 3000, 2, 0)], await _temp.Store.GetLaneDaysAsync("SC1-DS1", yesterday, yesterday.AddDays(1)));
    }

    [Fact]
    public async Task The_last_day_of_the_calendar_is_refused_in_words_not_an_internal_error()
    {
        WriteNetwork(_folder).With("site_volume.csv", "site,date,packages", "SC1,9999-12-31,5000");

        var error = await RejectedAsync();

        Assert.Equal(
            ["site_volume.csv row 2, column date: 9999-12-31 is after yesterday (2026-11-21); history holds complete days only, so a day can be imported once it is over."],
            Problems(error));
    }

    [Fact]
    public async Task A_day_before_2000_is_refused_as_a_likely_typo()
    {
        WriteNetwork(_folder).With("site_volume.csv", "site,date,packages", "SC1,0001-01-01,5000", "SC1,0202-11-20,5000", "SC1,1999-12-31,5000");

        var error = await RejectedAsync();

        Assert.Equal(
            [
                "site_volume.csv row 2, column date: 0001-01-01 is before 2000-01-01, the earliest day history is taken for; is the year mistyped?",
                "site_volume.csv row 3, column date: 0202-11-20 is before 2000-01-01, the earliest day history is taken for; is the year mistyped?",
                "site_volume.csv row 4, column date: 1999-12-31 is before 2000-01-01, the earliest day history is taken for; is the year mistyped?",
            ],
            Problems(error));
    }

    /// <summary>
    /// Odd spellings and random text in the date column: each is either a day inside the window
    /// (imported) or refused with the file, row and column named; never an internal error.
    /// </summary>
    [Fact]
    public async Task Any_text_in_the_date_column_is_taken_or_refused_by_name_never_an_internal_error()
    {
        var texts = new List<string>
        {
            "9999-12-31", "10000-01-01", "0000-00-00", "-0001-01-01", "2026-02-29", "2024-02-29", "2026-13-01", "2026-11-31",
            "+2026-11-20", "2026-1-1", "2026-11-20T00:00", "2026-11-20Z", "２０２６-11-20", "2026/11/20", "20261120", "2026-11-20 ",
            "1e10", "NaN", "2026-11-21\u200B", "\"2026-11-20\"", "2026-11-20;", "99999999-12-31", "2026-00-10",
        };
        var random = new Random(12);
        const string alphabet = "0123456789-+ T:/.";
        for (var i = 0; i < 40; i++)
        {
            texts.Add(new string(Enumerable.Range(0, random.Next(1, 14)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
            // Real days around the window's edges: from 1999 to 2100.
            var day = new DateOnly(1999, 1, 1).AddDays(random.Next(0, 37000));
            texts.Add(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var text in texts)
        {
            var cell = text.Contains(',', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal) ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
            using var folder = WriteNetwork(new CsvFolder()).With("site_volume.csv", "site,date,packages", $"SC1,{cell},5000");
            var valid = DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
                && day >= new DateOnly(2000, 1, 1) && day <= new DateOnly(2026, 11, 21);
            try
            {
                var report = await new NetworkCsvImporter(_temp.Store, _clock).ImportFolderAsync(folder.Path, replace: true);
                Assert.True(valid, $"'{text}' was imported");
                Assert.Equal(1, report.Rows.SiteDays);
            }
            catch (InputError error)
            {
                Assert.False(valid, $"'{text}' was refused: {error.Message}");
                var problem = Assert.Single(Problems(error));
                Assert.StartsWith("site_volume.csv row 2, column date: ", problem, StringComparison.Ordinal);
                Assert.DoesNotContain("Exception", problem, StringComparison.Ordinal);
            }
        }
    }
}
