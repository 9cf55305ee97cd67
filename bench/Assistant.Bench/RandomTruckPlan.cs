using Assistant.Optimization.Linehaul;

namespace Assistant.Bench;

/// <summary>
/// A seeded random linehaul truck plan of about <see cref="Lanes"/> lanes for the truck plan
/// benchmark. Most lanes are point-to-point (one origin-destination pair, its own lane); the rest
/// come in consolidation clusters of five lanes: origins A and B both ship to C directly (dear long
/// lanes) or through a hub H (A→H, B→H, H→C), and A→H, B→H, H→C carry their own volume too. So a
/// cluster is one model of five lanes that must decide which pairs to consolidate, while a
/// point-to-point lane only trades trucks against carry-over. Volumes are 0.2-6 trailers a day with a
/// weekly pattern (weekends lighter) and day-to-day noise, rounded to whole packages; trailers hold
/// 1,000 or 2,500 packages; a truck costs 300-2,000 (hub legs 300-900); a tenth of the lanes have a
/// daily truck limit above their average need. Volume may wait past the last day (a rolling plan).
/// </summary>
public sealed record RandomTruckPlan(int Lanes, int Days, double ClusterShare = 0.25)
{
    private static readonly double[] Weekday = [1.1, 1.2, 1.1, 1.0, 1.0, 0.6, 0.5];

    public TruckPlanRequest Generate(int seed)
    {
        var random = new Random(seed);
        var lanes = new List<TruckLane>();
        var demands = new List<LaneDemand>();
        var clusters = (int)Math.Round(Lanes * ClusterShare / 5);
        for (var c = 0; c < clusters; c++)
        {
            string a = $"FC{c}A", b = $"FC{c}B", hub = $"SC{c}H", to = $"DS{c}C";
            var trailer = random.NextDouble() < 0.5 ? 1000 : 2500;
            lanes.Add(new TruckLane(a, to, trailer, Cost(random, 1200, 2000)));
            lanes.Add(new TruckLane(b, to, trailer, Cost(random, 1200, 2000)));
            lanes.Add(new TruckLane(a, hub, trailer, Cost(random, 300, 900)));
            lanes.Add(new TruckLane(b, hub, trailer, Cost(random, 300, 900)));
            lanes.Add(new TruckLane(hub, to, trailer, Cost(random, 300, 900)));

            // The long pairs are light (part-loads worth consolidating); the hub legs' own volume heavier.
            demands.Add(Demand(random, a, to, trailer, 0.2, 1.5));
            demands.Add(Demand(random, b, to, trailer, 0.2, 1.5));
            demands.Add(Demand(random, a, hub, trailer, 0.5, 4));
            demands.Add(Demand(random, b, hub, trailer, 0.5, 4));
            demands.Add(Demand(random, hub, to, trailer, 0.5, 4));
        }

        for (var l = lanes.Count; l < Lanes; l++)
        {
            var trailer = random.NextDouble() < 0.5 ? 1000 : 2500;
            var demand = Demand(random, $"SC{l}", $"DS{l}", trailer, 0.2, 6);
            var average = demand.Volume.Average() / trailer;
            int? limit = random.NextDouble() < 0.1 ? (int)Math.Ceiling(1.3 * average) + 1 : null;
            lanes.Add(new TruckLane(demand.From, demand.To, trailer, Cost(random, 300, 2000), limit));
            demands.Add(demand);
        }

        return new TruckPlanRequest(lanes, demands, Days, CarryOverPenaltyPerUnitDay: 0.15,
            AllowConsolidation: true, ConsolidationHandlingCostPerUnit: 0.1, CarryOverPastHorizon: true);
    }

    private static double Cost(Random random, int low, int high) => random.Next(low, high + 1);

    private LaneDemand Demand(Random random, string from, string to, double trailer, double low, double high)
    {
        var mean = trailer * (low + (high - low) * random.NextDouble());
        var start = random.Next(7);
        var volume = Enumerable.Range(0, Days)
            .Select(day => Math.Max(0, Math.Round(mean * Weekday[(start + day) % 7] * (0.75 + 0.5 * random.NextDouble()))))
            .ToList();
        return new LaneDemand(from, to, volume);
    }
}
