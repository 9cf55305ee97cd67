using Assistant.Core.History;
using Assistant.Core.Network;

namespace Assistant.Core.Demo;

/// <summary>
/// The fixed structure behind the demo history: which lanes exist (every FC to every SC; each DS
/// fed by the three nearest SCs of its region), their trailers, costs and pull times, and each
/// site's own parameters. Every number is drawn from <see cref="DemoNoise"/> with a stream of its
/// own, so adding a site never changes another site's numbers.
/// </summary>
internal sealed class DemoLayout
{
    private const int LayoutDay = 0;

    public required IReadOnlyList<Site> Sites { get; init; }
    public required IReadOnlyList<Lane> Lanes { get; init; }
    public required IReadOnlyList<StationPlan> Stations { get; init; }
    public required IReadOnlyList<CenterPlan> Centers { get; init; }
    public required IReadOnlyDictionary<string, int> SiteStream { get; init; }
    public required IReadOnlyDictionary<string, DefectProfile> CenterDefects { get; init; }

    public sealed record Feed(Lane Lane, double Share, int Stream, double LateProbability);
    public sealed record StationPlan(string Code, double BasePackages, double GrowthPerYear, int Stream, IReadOnlyList<Feed> Feeds);
    public sealed record Supply(Lane Lane, double Weight, int Stream, double LateProbability);
    public sealed record CenterPlan(string Code, IReadOnlyList<Supply> Supplies);
    public sealed record DefectProfile(double MissortPct, double DwellHours);

    public static DemoLayout Build(IReadOnlyList<Site> sites, DemoNoise noise)
    {
        var siteStream = sites.Select((s, i) => (s.Code, Stream: 1000 + i)).ToDictionary(x => x.Code, x => x.Stream);
        var fcs = sites.Where(s => s.Kind == SiteKind.FulfillmentCenter).ToList();
        var scs = sites.Where(s => s.Kind == SiteKind.SortCenter).ToList();
        var dss = sites.Where(s => s.Kind == SiteKind.DeliveryStation).ToList();
        var lanes = new List<Lane>();
        var laneStream = 5000;

        var centers = new List<CenterPlan>();
        foreach (var sc in scs)
        {
            var supplies = new List<Supply>();
            foreach (var fc in fcs)
            {
                var stream = laneStream++;
                var lane = MakeLane(fc, sc, stream, noise, linehaul: true);
                lanes.Add(lane);
                var weight = fc.RegionCode == sc.RegionCode ? 0.30 : 0.10;
                supplies.Add(new Supply(lane, weight, stream, 0.015 + 0.03 * noise.Uniform(stream, LayoutDay, 9)));
            }

            centers.Add(new CenterPlan(sc.Code, supplies));
        }

        var stations = new List<StationPlan>();
        foreach (var ds in dss)
        {
            var nearest = scs.Where(s => s.RegionCode == ds.RegionCode).OrderBy(s => Miles(s, ds)).Take(3).ToList();
            var shares = new[] { 0.60, 0.28, 0.12 }
                .Select((b, i) => b * (0.85 + 0.3 * noise.Uniform(siteStream[ds.Code], LayoutDay, 20 + i))).ToArray();
            var feeds = new List<Feed>();
            for (var i = 0; i < nearest.Count; i++)
            {
                var stream = laneStream++;
                var lane = MakeLane(nearest[i], ds, stream, noise, linehaul: false);
                lanes.Add(lane);
                feeds.Add(new Feed(lane, shares[i] / shares.Take(nearest.Count).Sum(), stream, 0.02 + 0.04 * noise.Uniform(stream, LayoutDay, 9)));
            }

            var s = siteStream[ds.Code];
            stations.Add(new StationPlan(ds.Code,
                BasePackages: Math.Round((7000 + 13000 * noise.Uniform(s, LayoutDay, 1)) / 10) * 10,
                GrowthPerYear: 0.05 + 0.07 * noise.Uniform(s, LayoutDay, 2),
                Stream: s,
                Feeds: feeds));
        }

        var defects = scs.ToDictionary(sc => sc.Code, sc => new DefectProfile(
            MissortPct: 0.25 + 0.30 * noise.Uniform(siteStream[sc.Code], LayoutDay, 3),
            DwellHours: 5.0 + 4.0 * noise.Uniform(siteStream[sc.Code], LayoutDay, 4)));

        return new DemoLayout
        {
            Sites = sites,
            Lanes = lanes.OrderBy(l => l.Id, StringComparer.Ordinal).ToList(),
            Stations = stations,
            Centers = centers,
            SiteStream = siteStream,
            CenterDefects = defects,
        };
    }

    /// <summary>
    /// Capacity is set from what each sort center actually had to sort over the last year: its
    /// 95th-percentile day at its busiest hour, plus 10% headroom. Peak days can exceed it, as
    /// they do in real networks.
    /// </summary>
    public static IReadOnlyList<SortCenterCapacity> SortCapacities(IReadOnlyList<Site> sites, IReadOnlyList<SiteDay> days, DateOnly lastDay, DemoNoise noise)
    {
        var fromDay = lastDay.AddDays(-364);
        var result = new List<SortCenterCapacity>();
        foreach (var (sc, index) in sites.Select((s, i) => (s, i)).Where(x => x.s.Kind == SiteKind.SortCenter))
        {
            var volumes = days.Where(d => d.SiteCode == sc.Code && d.Date >= fromDay).Select(d => (double)d.Packages).Order().ToList();
            var p95 = volumes.Count == 0 ? 40000 : volumes[(int)(0.95 * (volumes.Count - 1))];
            var peakShare = HourlyProfile(sc, noise).Max(h => h.Share);
            var stream = 1000 + index;
            var rate = Math.Round(21.0 + 5.5 * noise.Uniform(stream, LayoutDay, 5), 2);
            result.Add(new SortCenterCapacity(
                sc.Code,
                SortCapacityPackagesPerHour: (int)(Math.Ceiling(p95 * peakShare * 1.10 / 100) * 100),
                Shifts:
                [
                    new Shift("Night", new TimeOnly(21, 0), 10),
                    new Shift("Day", new TimeOnly(7, 0), 10),
                    new Shift("Twilight", new TimeOnly(15, 30), 6),
                ],
                UnitsPerLaborHour: Math.Round(95 + 40 * noise.Uniform(stream, LayoutDay, 6), 1),
                LaborRateUsdPerHour: (decimal)rate,
                OvertimeRateUsdPerHour: (decimal)Math.Round(rate * 1.5, 2)));
        }

        return result;
    }

    /// <summary>A sort center's day: most volume in the night sort, a smaller day wave.</summary>
    public static IReadOnlyList<HourShare> HourlyProfile(Site sc, DemoNoise noise)
    {
        var stream = sc.Code.Aggregate(17, (h, c) => h * 31 + c);
        var shift = noise.Uniform(stream, LayoutDay, 1) * 2 - 1;
        var weights = Enumerable.Range(0, 24).Select(h =>
            0.55 * Bump(h, 1.0 + shift, 2.5) + 0.25 * Bump(h, 21.5 + shift, 1.8) + 0.20 * Bump(h, 11.0 + shift, 3.0) + 0.004).ToArray();
        var sum = weights.Sum();
        return weights.Select((w, h) => new HourShare(h, Math.Round(w / sum, 5))).ToList();
    }

    private static double Bump(int hour, double center, double width)
    {
        var distance = Math.Abs(hour - center);
        distance = Math.Min(distance, 24 - distance);
        return Math.Exp(-0.5 * distance * distance / (width * width));
    }

    private static Lane MakeLane(Site from, Site to, int stream, DemoNoise noise, bool linehaul)
    {
        var miles = Miles(from, to) * 1.2;
        var u = noise.Uniform(stream, LayoutDay, 1);
        var capacity = linehaul ? 3600 + (int)(600 * u) : 1800 + (int)(1800 * u);
        var cost = linehaul ? 450 + 2.4 * miles : 250 + 2.8 * miles;
        var pullSlot = (int)(noise.Uniform(stream, LayoutDay, 2) * 12);
        var pull = linehaul ? new TimeOnly(18, 0).AddMinutes(30 * pullSlot) : new TimeOnly(3, 0).AddMinutes(20 * pullSlot);
        return new Lane(from.Code, to.Code, capacity / 10 * 10, Math.Round((decimal)cost, 2), Math.Round(miles / 48.0 + 1.0, 1), pull);
    }

    public static double Miles(Site a, Site b)
    {
        const double earthRadiusMiles = 3958.8;
        double Rad(double deg) => deg * Math.PI / 180.0;
        var dLat = Rad(b.Latitude - a.Latitude);
        var dLon = Rad(b.Longitude - a.Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Rad(a.Latitude)) * Math.Cos(Rad(b.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * earthRadiusMiles * Math.Asin(Math.Sqrt(h));
    }
}
