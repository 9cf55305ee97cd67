using Assistant.Core.Network;

namespace Assistant.Core.Csv;

/// <summary>
/// sort_capacity.csv: site,sort_capacity_per_hour,units_per_labor_hour,labor_rate_usd,overtime_rate_usd,shifts,
/// with shifts written "Night@21:00+10;Day@07:00+10".
/// </summary>
internal static class SortCapacityCsv
{
    public static readonly CsvLayout Layout = new("sort_capacity.csv",
        ["site", "sort_capacity_per_hour", "units_per_labor_hour", "labor_rate_usd", "overtime_rate_usd", "shifts"], []);

    public static IEnumerable<IReadOnlyList<string>> Rows(IEnumerable<SortCenterCapacity> capacities) =>
        capacities.Select(c => new[]
        {
            c.SiteCode, CsvValues.Format(c.SortCapacityPackagesPerHour), CsvValues.Format(c.UnitsPerLaborHour),
            CsvValues.Format(c.LaborRateUsdPerHour), CsvValues.Format(c.OvertimeRateUsdPerHour), ShiftsText.Format(c.Shifts),
        });

    public static List<SortCenterCapacity> Read(CsvSheet sheet, KnownCodes sites)
    {
        var keys = new DuplicateKeys();
        var result = new List<SortCenterCapacity>();
        foreach (var row in sheet.Records())
        {
            var site = row.Reference("site", sites);
            var capacity = row.Int("sort_capacity_per_hour", min: 1);
            var unitsPerHour = row.PositiveDouble("units_per_labor_hour");
            var rate = row.Decimal("labor_rate_usd", min: 0);
            var overtime = row.Decimal("overtime_rate_usd", min: 0);
            var shiftsText = row.Text("shifts");
            IReadOnlyList<Shift> shifts = [];
            if (shiftsText.Length > 0 && !ShiftsText.TryParse(shiftsText, out shifts, out var error))
            {
                row.Problem("shifts", error);
            }

            if (site.Length > 0)
            {
                keys.Claim(row, "site", site, $"sort capacity for {site}");
            }

            if (!row.HasProblems)
            {
                result.Add(new SortCenterCapacity(site, capacity, shifts, unitsPerHour, rate, overtime));
            }
        }

        return result;
    }
}
