using Assistant.Core.History;

namespace Assistant.Core.Csv;

/// <summary>
/// site_volume.csv: site,date,packages, and optionally missort_rate_pct,late_departures,dwell_hours,
/// whose cells may be empty (missort and dwell are sort-center metrics).
/// </summary>
internal static class SiteVolumeCsv
{
    public static readonly CsvLayout Layout = new("site_volume.csv",
        ["site", "date", "packages"], ["missort_rate_pct", "late_departures", "dwell_hours"]);

    public static IEnumerable<IReadOnlyList<string>> Rows(IEnumerable<SiteDay> days) =>
        days.Select(d => new[]
        {
            d.SiteCode, CsvValues.Format(d.Date), CsvValues.Format(d.Packages),
            CsvValues.Format(d.MissortRatePct), CsvValues.Format(d.LateDepartures), CsvValues.Format(d.DwellHours),
        });

    public static List<SiteDay> Read(CsvSheet sheet, KnownCodes sites, HistoryDays days)
    {
        var keys = new DuplicateKeys();
        var result = new List<SiteDay>();
        foreach (var row in sheet.Records())
        {
            var site = row.Reference("site", sites);
            var date = row.HistoryDay("date", days);
            var packages = row.Long("packages", min: 0);
            var missort = row.OptionalDouble("missort_rate_pct", min: 0, max: 100);
            var late = row.OptionalInt("late_departures", min: 0);
            var dwell = row.OptionalDouble("dwell_hours", min: 0);
            if (site.Length > 0 && !row.HasProblems)
            {
                keys.Claim(row, "date", $"{site} {CsvValues.Format(date)}", $"{site} on {CsvValues.Format(date)}");
            }

            if (!row.HasProblems)
            {
                result.Add(new SiteDay(site, date, packages, missort, late, dwell));
            }
        }

        return result;
    }
}
