using Assistant.Core.Network;

namespace Assistant.Core.Csv;

/// <summary>lanes.csv: origin,destination,trailer_capacity_packages,cost_per_truck_usd,transit_hours,critical_pull_time (HH:mm).</summary>
internal static class LanesCsv
{
    public static readonly CsvLayout Layout = new("lanes.csv",
        ["origin", "destination", "trailer_capacity_packages", "cost_per_truck_usd", "transit_hours", "critical_pull_time"], []);

    public static IEnumerable<IReadOnlyList<string>> Rows(IEnumerable<Lane> lanes) =>
        lanes.Select(l => new[]
        {
            l.Origin, l.Destination, CsvValues.Format(l.TrailerCapacityPackages), CsvValues.Format(l.CostPerTruckUsd),
            CsvValues.Format(l.TransitHours), CsvValues.Format(l.CriticalPullTime),
        });

    public static List<Lane> Read(CsvSheet sheet, KnownCodes sites, KnownCodes lanes)
    {
        var keys = new DuplicateKeys();
        var result = new List<Lane>();
        foreach (var row in sheet.Records())
        {
            var origin = row.Reference("origin", sites);
            var destination = row.Reference("destination", sites);
            // A trailer that holds nothing would make every truck count infinite.
            var capacity = row.Int("trailer_capacity_packages", min: 1);
            var cost = row.Decimal("cost_per_truck_usd", min: 0);
            var transit = row.Double("transit_hours", min: 0);
            var pull = row.Time("critical_pull_time");
            if (origin.Length > 0 && destination.Length > 0)
            {
                var id = Lane.LaneId(origin, destination);
                if (origin.Equals(destination, StringComparison.OrdinalIgnoreCase))
                {
                    row.Problem("destination", $"lane {id} starts and ends at {origin}; a lane joins two different sites.");
                }
                else if (keys.Claim(row, "destination", id, $"lane {id}"))
                {
                    lanes.Add(lanes.Canonical(id));
                }
            }

            if (!row.HasProblems)
            {
                result.Add(new Lane(origin, destination, capacity, cost, transit, pull));
            }
        }

        return result;
    }
}
