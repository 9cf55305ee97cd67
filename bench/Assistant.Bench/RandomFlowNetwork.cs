using Assistant.Optimization.Network;

namespace Assistant.Bench;

/// <summary>
/// A seeded random middle-mile network for the flow benchmark. Sites sit at random points of a
/// 100 × 100 square and lanes cost by distance, so that near hubs are cheap and capacities decide
/// where the rest goes: origins ship to their nearest hubs, hubs pass to a few near hubs, each
/// destination is served by its nearest hubs, and some destinations also by a dearer direct lane
/// from the nearest origin. Origins can supply 1.25× and capped hubs process 1.5× the total demand
/// between them; a fifth of the hubs and most lanes are unlimited, so the network is feasible with
/// many (not all) capacities binding.
/// </summary>
public sealed record RandomFlowNetwork(int Origins, int Hubs, int Destinations, int HubsPerOrigin, int HubsPerHub, int HubsPerDestination, int DirectLanes)
{
    private static readonly string[] Classes = ["standard", "oversize", "express"];

    public int Sites => Origins + Hubs + Destinations;

    public FlowNetwork Generate(int seed, bool integer)
    {
        var random = new Random(seed);
        var origins = Points("FC", Origins, random);
        var hubs = Points("SC", Hubs, random);
        var destinations = Points("DS", Destinations, random);

        var demand = destinations.Select(_ => new Dictionary<string, double>
        {
            ["standard"] = random.Next(20, 201),
            ["oversize"] = random.Next(0, 41),
            ["express"] = random.Next(0, 61),
        }).ToList();
        var total = demand.Sum(perClass => perClass.Values.Sum());

        var originShares = Shares(Origins, random);
        var hubShares = Shares(Hubs, random);
        var lanes = new List<FlowLane>();
        foreach (var origin in origins)
        {
            lanes.AddRange(Nearest(origin, hubs, HubsPerOrigin).Select(hub => Lane(origin, hub, 1.0, random.NextDouble() < 0.3 ? Math.Round(0.4 * total / Hubs) : null)));
        }

        foreach (var hub in hubs)
        {
            lanes.AddRange(Nearest(hub, hubs.Where(other => other.Id != hub.Id).ToList(), HubsPerHub).Select(other => Lane(hub, other, 1.0, null)));
        }

        foreach (var destination in destinations)
        {
            lanes.AddRange(Nearest(destination, hubs, HubsPerDestination).Select(hub => Lane(hub, destination, 1.0, null)));
        }

        foreach (var destination in destinations.OrderBy(_ => random.Next()).Take(DirectLanes))
        {
            // A direct lane skips processing but costs more per unit (a dedicated truck).
            lanes.Add(Lane(Nearest(destination, origins, 1)[0], destination, 1.8, null));
        }

        return new FlowNetwork(
            $"random {Sites} sites", "packages", integer, Classes,
            [.. origins.Select((origin, i) => new FlowOrigin(origin.Id, Math.Round(1.25 * total * originShares[i])))],
            [.. hubs.Select((hub, i) => new FlowHub(hub.Id, ProcessingCosts(random), i % 5 == 0 ? null : Math.Round(1.5 * total * hubShares[i])))],
            [.. destinations.Select((destination, i) => new FlowDestination(destination.Id, demand[i]))],
            lanes);
    }

    private sealed record Point(string Id, double X, double Y);

    private static List<Point> Points(string prefix, int count, Random random) =>
        [.. Enumerable.Range(1, count).Select(i => new Point($"{prefix}{i}", 100 * random.NextDouble(), 100 * random.NextDouble()))];

    private static List<Point> Nearest(Point from, List<Point> candidates, int count) =>
        [.. candidates.OrderBy(candidate => Distance(from, candidate)).Take(count)];

    private static FlowLane Lane(Point from, Point to, double premium, double? capacity) =>
        new(from.Id, to.Id, Math.Round(premium * (0.5 + 0.05 * Distance(from, to)), 2), capacity);

    private static double Distance(Point a, Point b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));

    /// <summary>Random shares summing to 1, none below a third of the average.</summary>
    private static double[] Shares(int count, Random random)
    {
        var weights = Enumerable.Range(0, count).Select(_ => 0.5 + random.NextDouble()).ToArray();
        var sum = weights.Sum();
        return [.. weights.Select(weight => weight / sum)];
    }

    private static Dictionary<string, double> ProcessingCosts(Random random)
    {
        var standard = Math.Round(0.5 + random.NextDouble(), 2);
        return new() { ["standard"] = standard, ["oversize"] = Math.Round(2 * standard, 2), ["express"] = Math.Round(1.5 * standard, 2) };
    }
}
