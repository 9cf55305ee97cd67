using Assistant.Core.History;
using Assistant.Core.Network;

namespace Assistant.Core.Demo;

/// <summary>
/// Generates the demo network and its daily history, deterministically: the same seed and last
/// day give the same network, byte for byte, and a given day's numbers do not depend on the
/// day the demo was generated. Parcels flow FC → SC → DS; lane volumes are drawn at the
/// SC → DS lanes from delivery-station demand and pushed upstream, so lanes, sites, regions and
/// the network add up. A handful of incidents are planted and returned as ground truth.
/// </summary>
public static class DemoNetwork
{
    /// <summary>The documented seed of the demo network.</summary>
    public const ulong Seed = 20_240_101;

    public const int DefaultYears = 3;

    private static readonly DateOnly GrowthEpoch = new(2024, 1, 1);

    public static NetworkData Generate(DateOnly lastDay, int years = DefaultYears)
    {
        if (years is < 1 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(years), "The demo holds 1 to 10 years of history.");
        }

        var noise = new DemoNoise(Seed);
        var sites = DemoSites.All;
        var firstDay = lastDay.AddYears(-years).AddDays(1);
        var layout = DemoLayout.Build(sites, noise);
        var incidents = PlantIncidents(lastDay);

        var siteDays = new List<SiteDay>();
        var laneDays = new List<LaneDay>(layout.Lanes.Count * (lastDay.DayNumber - firstDay.DayNumber + 1));
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            Simulate(day, layout, incidents, noise, siteDays, laneDays);
        }

        var capacities = DemoLayout.SortCapacities(sites, siteDays, lastDay, noise);
        var profiles = sites.Where(s => s.Kind == SiteKind.SortCenter)
            .ToDictionary(s => s.Code, s => DemoLayout.HourlyProfile(s, noise));
        return new NetworkData(DemoSites.Regions, sites, layout.Lanes, capacities, siteDays, laneDays, profiles, incidents);
    }

    /// <summary>
    /// More days of the same network, for bringing a demo store up to date: the days in
    /// [from, to] exactly as <see cref="Generate"/> would make them, without new incidents.
    /// </summary>
    public static (IReadOnlyList<SiteDay> SiteDays, IReadOnlyList<LaneDay> LaneDays) MoreDays(DateOnly from, DateOnly to)
    {
        var noise = new DemoNoise(Seed);
        var layout = DemoLayout.Build(DemoSites.All, noise);
        var siteDays = new List<SiteDay>();
        var laneDays = new List<LaneDay>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            Simulate(day, layout, [], noise, siteDays, laneDays);
        }

        return (siteDays, laneDays);
    }

    private static IReadOnlyList<PlantedIncident> PlantIncidents(DateOnly last) =>
    [
        new("dwell_spike", "PHL5", last.AddDays(-60), last.AddDays(-56), "dwell_hours", 6.0,
            "Dwell at PHL5 rose by about 6 hours for five days (a conveyor fault slowed the sort)."),
        new("outage", "PDX2", last.AddDays(-45), last.AddDays(-45), "packages", 0.15,
            "PDX2 lost power for most of a day and moved about 15% of its normal volume; the backlog cleared the next day."),
        new("volume_surge", "SJC4", last.AddDays(-30), last.AddDays(-27), "packages", 1.6,
            "A large retailer promotion sent about 60% more packages to SJC4 for four days."),
        new("missort_spike", "BFI3", last.AddDays(-20), last.AddDays(-18), "missort_rate", 4.0,
            "A bad sort-plan update at BFI3 quadrupled its missort rate for three days."),
        new("late_departures", "ORD2", last.AddDays(-12), last.AddDays(-9), "late_departures", 4.0,
            "A carrier shortage at ORD2 made four times as many outbound trucks leave after their critical pull time for four days."),
    ];

    private static void Simulate(DateOnly day, DemoLayout layout, IReadOnlyList<PlantedIncident> incidents, DemoNoise noise,
        List<SiteDay> siteDays, List<LaneDay> laneDays)
    {
        var d = day.DayNumber;
        var shape = DemoSeasonality.Shape(day);
        var years = (d - GrowthEpoch.DayNumber) / 365.25;
        var outbound = new Dictionary<string, (long Packages, int Late)>(StringComparer.Ordinal);
        var inbound = new Dictionary<string, long>(StringComparer.Ordinal);
        var stress = 0.7 + 0.3 * shape * shape;

        // Delivery-station demand, split over the SC → DS lanes that feed each station.
        foreach (var station in layout.Stations)
        {
            var demand = station.BasePackages * Math.Pow(1 + station.GrowthPerYear, years) * shape
                * Math.Exp(0.05 * noise.Normal(station.Stream, d) - 0.00125);
            demand *= Factor(incidents, "volume_surge", station.Code, day);
            foreach (var feed in station.Feeds)
            {
                var lane = feed.Lane;
                var packages = demand * feed.Share * Math.Exp(0.03 * noise.Normal(feed.Stream, d));
                packages *= OutageFactor(incidents, lane.Origin, day);
                AddLaneDay(lane, (long)Math.Round(packages), feed.Stream, feed.LateProbability * stress, day, incidents, noise, laneDays, outbound, inbound);
            }
        }

        // Each sort center's volume is pulled from the fulfillment centers by fixed weights with daily wobble.
        foreach (var center in layout.Centers)
        {
            var total = outbound.TryGetValue(center.Code, out var o) ? o.Packages : 0;
            var weights = center.Supplies.Select(s => s.Weight * Math.Exp(0.04 * noise.Normal(s.Stream, d))).ToArray();
            var sum = weights.Sum();
            var split = weights.Select(w => (long)Math.Floor(total * w / sum)).ToArray();
            split[Array.IndexOf(weights, weights.Max())] += total - split.Sum();
            for (var i = 0; i < center.Supplies.Count; i++)
            {
                var supply = center.Supplies[i];
                AddLaneDay(supply.Lane, split[i], supply.Stream, supply.LateProbability * stress, day, incidents, noise, laneDays, outbound, inbound);
            }
        }

        foreach (var site in layout.Sites)
        {
            var stream = layout.SiteStream[site.Code];
            switch (site.Kind)
            {
                case SiteKind.FulfillmentCenter:
                    var fc = outbound.GetValueOrDefault(site.Code);
                    siteDays.Add(new SiteDay(site.Code, day, fc.Packages, null, fc.Late, null));
                    break;
                case SiteKind.SortCenter:
                    var sc = outbound.GetValueOrDefault(site.Code);
                    var profile = layout.CenterDefects[site.Code];
                    var missort = profile.MissortPct * (1 + 0.6 * Math.Max(0, shape - 1)) * Math.Exp(0.12 * noise.Normal(stream, d, 1))
                        * Factor(incidents, "missort_spike", site.Code, day);
                    var dwell = profile.DwellHours * (0.85 + 0.15 * shape) + 0.4 * noise.Normal(stream, d, 2)
                        + Added(incidents, "dwell_spike", site.Code, day);
                    siteDays.Add(new SiteDay(site.Code, day, sc.Packages, Math.Round(missort, 3), sc.Late, Math.Round(Math.Max(0.5, dwell), 2)));
                    break;
                default:
                    siteDays.Add(new SiteDay(site.Code, day, inbound.GetValueOrDefault(site.Code), null, null, null));
                    break;
            }
        }
    }

    private static void AddLaneDay(Lane lane, long packages, int stream, double lateProbability, DateOnly day,
        IReadOnlyList<PlantedIncident> incidents, DemoNoise noise, List<LaneDay> laneDays,
        Dictionary<string, (long Packages, int Late)> outbound, Dictionary<string, long> inbound)
    {
        packages = Math.Max(0, packages);
        var trucks = packages == 0 ? 0 : (int)Math.Ceiling(packages / (lane.TrailerCapacityPackages * 0.9));
        var late = noise.Poisson(stream, day.DayNumber, trucks * Math.Min(0.9, lateProbability * Factor(incidents, "late_departures", lane.Origin, day)));
        late = Math.Min(late, trucks);
        laneDays.Add(new LaneDay(lane.Id, day, packages, trucks, late));
        var o = outbound.GetValueOrDefault(lane.Origin);
        outbound[lane.Origin] = (o.Packages + packages, o.Late + late);
        inbound[lane.Destination] = inbound.GetValueOrDefault(lane.Destination) + packages;
    }

    private static double Factor(IReadOnlyList<PlantedIncident> incidents, string kind, string site, DateOnly day) =>
        incidents.FirstOrDefault(i => i.Kind == kind && i.SiteCode == site && day >= i.Start && day <= i.End)?.Magnitude ?? 1.0;

    private static double Added(IReadOnlyList<PlantedIncident> incidents, string kind, string site, DateOnly day) =>
        incidents.FirstOrDefault(i => i.Kind == kind && i.SiteCode == site && day >= i.Start && day <= i.End)?.Magnitude ?? 0.0;

    /// <summary>An outage cuts a sort center's outbound volume on the day; the backlog leaves the day after.</summary>
    private static double OutageFactor(IReadOnlyList<PlantedIncident> incidents, string site, DateOnly day)
    {
        foreach (var outage in incidents.Where(i => i.Kind == "outage" && i.SiteCode == site))
        {
            if (day >= outage.Start && day <= outage.End)
            {
                return outage.Magnitude;
            }

            if (day == outage.End.AddDays(1))
            {
                return 1.0 + (1.0 - outage.Magnitude) * 0.65;
            }
        }

        return 1.0;
    }
}
