using Assistant.Core;
using Assistant.Core.Network;
using Assistant.Core.Store;
using Assistant.Optimization.Network;
using Assistant.Plugins.Forecast;

namespace Assistant.Plugins.Capacity;

/// <summary>
/// The store's network as a flow plan for a period: fulfillment centers supply, sort centers
/// are the hubs, delivery stations have the demand. Days with history use what the stations
/// actually received; days ahead use the reconciled station forecast. The figures the store does
/// not hold are assumptions, listed with the network so that every answer can state them.
/// </summary>
public sealed class StoreFlowNetwork(INetworkStore store, ForecastPlugin forecasts)
{
    /// <summary>How much more than its recent share of the outbound volume a fulfillment center may ship.</summary>
    public const double SupplyHeadroom = 1.10;

    /// <summary>How much more than its busiest stretch of the last 28 days a sort center can sort.</summary>
    public const double SortHeadroom = 1.10;

    public const string StoreName = "store";

    public sealed record Built(FlowNetwork Network, DateOnly Start, DateOnly End, string Source, IReadOnlyList<string> Assumptions);

    /// <param name="start">First day (yyyy-MM-dd); default the 7 days ending on the last day with history.</param>
    public async Task<Built> BuildAsync(string? start, string? end, CancellationToken cancellationToken)
    {
        var catalog = await store.GetCatalogAsync(cancellationToken);
        var window = await store.GetHistoryWindowAsync(cancellationToken)
            ?? throw new InputError("The store holds no history yet. Run `assistant data init` to load the demo network.");
        var startDay = HistoryRange.ParseDay(start, "start");
        var endDay = HistoryRange.ParseDay(end, "end");
        var ahead = (startDay ?? endDay) is { } first && first > window.Last;

        Dictionary<string, double> demand;
        string source;
        DateOnly from, to;
        if (ahead)
        {
            var breakdown = await forecasts.ForecastBreakdown(by: "site", start: start, end: end, cancellationToken: cancellationToken);
            demand = breakdown.Parts.ToDictionary(p => p.Code, p => (double)p.Packages, StringComparer.OrdinalIgnoreCase);
            (from, to) = (breakdown.Start, breakdown.End);
            source = $"the reconciled forecast of each delivery station from {Iso(from)} to {Iso(to)}";
        }
        else
        {
            var range = HistoryRange.Resolve(start, end, window, defaultDays: 7);
            (from, to) = (range.Start, range.End);
            var totals = await store.GetLaneTotalsAsync(from, to, cancellationToken);
            demand = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
            foreach (var total in totals)
            {
                var lane = catalog.FindLane(total.LaneId);
                if (lane is not null && catalog.FindSite(lane.Destination)?.Kind == SiteKind.DeliveryStation)
                {
                    demand[lane.Destination] = demand.GetValueOrDefault(lane.Destination) + total.Packages;
                }
            }

            source = $"what each delivery station received from {Iso(from)} to {Iso(to)}";
        }

        var days = to.DayNumber - from.DayNumber + 1;
        var shares = await SupplySharesAsync(catalog, window.Last, cancellationToken);
        var totalDemand = demand.Values.Sum();
        var origins = catalog.Sites.Where(s => s.Kind == SiteKind.FulfillmentCenter)
            .Select(s => new FlowOrigin(s.Code, Math.Ceiling(SupplyHeadroom * shares.GetValueOrDefault(s.Code) * totalDemand)))
            .ToList();
        var hubs = new List<FlowHub>();
        foreach (var site in catalog.Sites.Where(s => s.Kind == SiteKind.SortCenter))
        {
            var recent = await store.GetSiteDaysAsync(site.Code, window.Last.AddDays(-27), window.Last, cancellationToken);
            hubs.Add(Hub(site, catalog.FindCapacity(site.Code), Busiest(recent.Select(d => (double)d.Packages).ToList(), days)));
        }

        var destinations = catalog.Sites.Where(s => s.Kind == SiteKind.DeliveryStation)
            .Select(s => new FlowDestination(s.Code, new Dictionary<string, double> { [Class] = Math.Round(demand.GetValueOrDefault(s.Code)) }))
            .ToList();
        var lanes = catalog.Lanes
            .Where(l => l.TrailerCapacityPackages > 0)
            .Select(l => new FlowLane(l.Origin, l.Destination, Math.Round((double)l.CostPerTruckUsd / l.TrailerCapacityPackages, 4), null))
            .ToList();
        var network = new FlowNetwork($"{StoreName} network, {Iso(from)} to {Iso(to)}", "packages", true, [Class], origins, hubs, destinations, lanes);
        return new Built(network, from, to, source, Assumptions(days));
    }

    /// <summary>The one volume class of the store's network.</summary>
    public const string Class = "packages";

    /// <summary>
    /// A sort center's capacity for the period is its busiest recent day with some headroom, per
    /// day: its machines could sort far more around the clock, but the shifts and docks it runs
    /// are sized for the volume it gets, and that is what a re-plan can lean on.
    /// </summary>
    private static FlowHub Hub(Site site, SortCenterCapacity? capacity, double busiest)
    {
        var perPackage = capacity is { UnitsPerLaborHour: > 0 } ? (double)capacity.LaborRateUsdPerHour / capacity.UnitsPerLaborHour : 0;
        return new FlowHub(
            site.Code,
            new Dictionary<string, double> { [Class] = Math.Round(perPackage, 4) },
            busiest > 0 ? Math.Floor(SortHeadroom * busiest) : null);
    }

    /// <summary>The most the site handled in any stretch of <paramref name="days"/> running days (scaled up when the period is longer than the history read).</summary>
    private static double Busiest(IReadOnlyList<double> daily, int days)
    {
        if (daily.Count == 0)
        {
            return 0;
        }

        var span = Math.Min(days, daily.Count);
        var best = 0.0;
        for (var start = 0; start + span <= daily.Count; start++)
        {
            var sum = 0.0;
            for (var i = start; i < start + span; i++)
            {
                sum += daily[i];
            }

            best = Math.Max(best, sum);
        }

        return best * days / span;
    }

    /// <summary>Each fulfillment center's share of all fulfillment-center outbound volume over the last 28 days.</summary>
    private async Task<Dictionary<string, double>> SupplySharesAsync(NetworkCatalog catalog, DateOnly last, CancellationToken cancellationToken)
    {
        var totals = await store.GetLaneTotalsAsync(last.AddDays(-27), last, cancellationToken);
        var shipped = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var total in totals)
        {
            var lane = catalog.FindLane(total.LaneId);
            if (lane is not null && catalog.FindSite(lane.Origin)?.Kind == SiteKind.FulfillmentCenter)
            {
                shipped[lane.Origin] = shipped.GetValueOrDefault(lane.Origin) + total.Packages;
            }
        }

        var sum = shipped.Values.Sum();
        return shipped.ToDictionary(kv => kv.Key, kv => sum > 0 ? kv.Value / sum : 0, StringComparer.OrdinalIgnoreCase);
    }

    private static IReadOnlyList<string> Assumptions(int days) =>
    [
        "Demand: the packages each delivery station receives in the period.",
        $"Supply: each fulfillment center may ship up to {(SupplyHeadroom - 1) * 100:0}% more than its share of the network's fulfillment-center outbound over the last 28 days.",
        $"Sort center capacity: {(SortHeadroom - 1) * 100:0}% more than it handled in its busiest {days} running day(s) of the last 28 days (the shifts and docks it runs are sized for that, not for its machines around the clock); processing cost: labor rate ÷ units per labor hour.",
        "Lane cost per package: cost per truck ÷ trailer capacity (full trucks); lanes have no capacity limit because trucks can be added.",
    ];

    private static string Iso(DateOnly day) => HistoryRange.Iso(day);
}
