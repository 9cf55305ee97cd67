using Assistant.Core.History;

namespace Assistant.Core.Csv;

/// <summary>lane_volume.csv: lane,date,packages,trucks,late_departures, with lane written ORIGIN-DESTINATION.</summary>
internal static class LaneVolumeCsv
{
    public static readonly CsvLayout Layout = new("lane_volume.csv",
        ["lane", "date", "packages", "trucks", "late_departures"], []);

    public static IEnumerable<IReadOnlyList<string>> Rows(IEnumerable<LaneDay> days) =>
        days.Select(d => new[]
        {
            d.LaneId, CsvValues.Format(d.Date), CsvValues.Format(d.Packages), CsvValues.Format(d.Trucks), CsvValues.Format(d.LateDepartures),
        });

    public static List<LaneDay> Read(CsvSheet sheet, KnownCodes lanes, HistoryDays days)
    {
        var keys = new DuplicateKeys();
        var result = new List<LaneDay>();
        foreach (var row in sheet.Records())
        {
            var lane = row.Reference("lane", lanes);
            var date = row.HistoryDay("date", days);
            var packages = row.Long("packages", min: 0);
            var trucks = row.Int("trucks", min: 0);
            var late = row.Int("late_departures", min: 0);
            if (!row.HasProblems && late > trucks)
            {
                row.Problem("late_departures", $"{late} late departures but only {trucks} trucks; late departures count trucks, so they cannot exceed them.");
            }

            if (lane.Length > 0 && !row.HasProblems)
            {
                keys.Claim(row, "date", $"{lane} {CsvValues.Format(date)}", $"{lane} on {CsvValues.Format(date)}");
            }

            if (!row.HasProblems)
            {
                result.Add(new LaneDay(lane, date, packages, trucks, late));
            }
        }

        return result;
    }
}
