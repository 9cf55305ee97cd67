using Assistant.Core;
using Assistant.Core.Network;
using Assistant.Core.Store;
using Assistant.Optimization;
using Assistant.Optimization.Linehaul;
using Assistant.Optimization.Solving;
using Assistant.Plugins.Charts;
using Assistant.Plugins.Forecast;

namespace Assistant.Plugins.Capacity;

/// <summary>
/// Truck plans for the store's lanes: the trucks each lane needs each day to carry its volume
/// (forecast for days ahead, what it carried for past days, set against the trucks that ran), with
/// volume allowed to wait a day at a penalty when a nearly empty truck would cost more.
/// </summary>
public sealed class TruckPlanning(INetworkStore store, ForecastPlugin forecasts, ISolver solver)
{
    /// <summary>What a package waiting a day costs by default (late delivery risk, dock space), in USD.</summary>
    public const double DefaultCarryOverPenaltyUsd = 0.5;

    private const int MaxLanes = 40;

    private static readonly SolveOptions Limits = new() { TimeLimit = TimeSpan.FromSeconds(20), RelativeGap = 0.005 };

    public async Task<TruckPlanResult> PlanAsync(string? site, string? lane, string? start, string? end, bool consolidation, double? carryOverPenaltyUsd, CancellationToken cancellationToken)
    {
        var catalog = await store.GetCatalogAsync(cancellationToken);
        var (scope, lanes) = Lanes(catalog, site, lane);
        var penalty = carryOverPenaltyUsd ?? DefaultCarryOverPenaltyUsd;
        if (!double.IsFinite(penalty) || penalty < 0 || penalty > PlanningBounds.MaxCostPerUnit)
        {
            throw new InputError($"carry_over_penalty_usd is {PlanningBounds.Text(penalty)}; the carry-over penalty must be 0 to {PlanningBounds.Text(PlanningBounds.MaxCostPerUnit)} USD per package per day.");
        }

        var period = await PlanningPeriod.ResolveAsync(store, start, end, cancellationToken);
        var volumes = await VolumesAsync(lanes, period, cancellationToken);
        var legs = consolidation ? catalog.Lanes : lanes;
        var request = new TruckPlanRequest(
            legs.Select(l => new TruckLane(l.Origin, l.Destination, l.TrailerCapacityPackages, (double)l.CostPerTruckUsd)).ToList(),
            lanes.Select(l => new LaneDemand(l.Origin, l.Destination, volumes[l.Id].Packages)).ToList(),
            period.Days,
            penalty,
            AllowConsolidation: consolidation);
        var plan = new TruckPlanner(solver).Plan(request, Limits with { CancellationToken = cancellationToken });
        return Describe(scope, lanes, period, volumes, plan, penalty, consolidation);
    }

    private static (string Scope, IReadOnlyList<Lane> Lanes) Lanes(NetworkCatalog catalog, string? site, string? lane)
    {
        if (!string.IsNullOrWhiteSpace(lane))
        {
            var found = catalog.RequireLane(lane);
            return ($"lane {found.Id}", [found]);
        }

        if (string.IsNullOrWhiteSpace(site))
        {
            throw new InputError("Name a site (to plan its outbound lanes) or a lane, for example site SEA4 or lane SEA4-GEG1.");
        }

        var origin = catalog.RequireSite(site);
        var outbound = catalog.LanesFrom(origin.Code).Where(l => l.TrailerCapacityPackages > 0).ToList();
        if (outbound.Count == 0)
        {
            throw new InputError($"{origin.Code} has no outbound lanes to plan trucks for; delivery stations receive trucks, they do not send them.");
        }

        return ($"the {outbound.Count} outbound lanes of {origin.Code}", outbound.Take(MaxLanes).ToList());
    }

    private sealed record LaneVolume(double[] Packages, int[]? ActualTrucks);

    private async Task<Dictionary<string, LaneVolume>> VolumesAsync(IReadOnlyList<Lane> lanes, PlanningPeriod period, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, LaneVolume>(StringComparer.OrdinalIgnoreCase);
        if (period.Ahead)
        {
            // Each lane's forecast is its own model fit; two at a time keeps both cores busy.
            using var gate = new SemaphoreSlim(2);
            var tasks = lanes.Select(async lane =>
            {
                await gate.WaitAsync(cancellationToken);
                try
                {
                    var forecast = await Task.Run(() => forecasts.ForecastVolume(lane: lane.Id, start: PlanningPeriod.Iso(period.Start), end: PlanningPeriod.Iso(period.End), cancellationToken: cancellationToken), cancellationToken);
                    var packages = new double[period.Days];
                    foreach (var day in forecast.Daily)
                    {
                        var at = day.Date.DayNumber - period.Start.DayNumber;
                        if (at >= 0 && at < period.Days)
                        {
                            packages[at] = day.Packages;
                        }
                    }

                    return (lane.Id, new LaneVolume(packages, null));
                }
                finally
                {
                    gate.Release();
                }
            });
            foreach (var (id, volume) in await Task.WhenAll(tasks))
            {
                result[id] = volume;
            }

            return result;
        }

        foreach (var lane in lanes)
        {
            var days = await store.GetLaneDaysAsync(lane.Id, period.Start, period.End, cancellationToken);
            var packages = new double[period.Days];
            var trucks = new int[period.Days];
            foreach (var day in days)
            {
                var at = day.Date.DayNumber - period.Start.DayNumber;
                packages[at] = day.Packages;
                trucks[at] = day.Trucks;
            }

            result[lane.Id] = new LaneVolume(packages, trucks);
        }

        return result;
    }

    private static TruckPlanResult Describe(
        string scope, IReadOnlyList<Lane> lanes, PlanningPeriod period, Dictionary<string, LaneVolume> volumes, TruckPlan plan, double penalty, bool consolidation)
    {
        var byId = lanes.ToDictionary(l => l.Id, StringComparer.OrdinalIgnoreCase);
        var lanePlans = plan.Lanes.Where(p => p.TotalTrucks > 0 || byId.ContainsKey(p.Lane)).ToList();
        var rows = lanePlans
            .Select(p =>
            {
                var actual = volumes.TryGetValue(p.Lane, out var v) && v.ActualTrucks is { } trucks ? trucks.Sum() : (int?)null;
                var cost = byId.TryGetValue(p.Lane, out var lane) ? p.TotalTrucks * (double)lane.CostPerTruckUsd : (double?)null;
                var waiting = plan.CarriedOver.Where(c => Lane.LaneId(c.From, c.To).Equals(p.Lane, StringComparison.OrdinalIgnoreCase)).Sum(c => c.WaitingAfterDay.Sum());
                return new TruckLaneResult(p.Lane, Math.Round(p.TotalVolume), p.TotalTrucks, Math.Round(100 * p.FillRate, 1), cost is { } c ? Math.Round(c, 2) : null, Math.Round(waiting), actual);
            })
            .OrderByDescending(r => r.Trucks)
            .ToList();
        var daily = Enumerable.Range(0, period.Days)
            .Select(d => new TruckDayResult(
                period.Start.AddDays(d),
                plan.Lanes.Sum(p => p.Days.Where(x => x.Day == d + 1).Sum(x => x.Trucks)),
                Math.Round(volumes.Values.Sum(v => v.Packages[d]))))
            .ToList();
        int? actualTrucks = period.Ahead ? null : volumes.Values.Sum(v => v.ActualTrucks!.Sum());
        double? actualCost = period.Ahead ? null : Math.Round(lanes.Sum(l => volumes[l.Id].ActualTrucks!.Sum() * (double)l.CostPerTruckUsd), 2);
        var consolidated = plan.Routes.Where(r => r.Via is not null).Sum(r => r.PerDay.Sum());
        var packages = volumes.Values.Sum(v => v.Packages.Sum());
        var capacityUsed = plan.Lanes.Sum(p => p.TotalTrucks * p.TrailerCapacity);
        var notes = period.Notes.ToList();
        if (consolidation && consolidated == 0)
        {
            notes.Add("No volume was consolidated: no pair has a cheaper route through another site here.");
        }

        return new TruckPlanResult(
            scope, period.Start, period.End, period.Days,
            period.Ahead ? "the daily forecast of each lane" : "what each lane carried",
            plan.Status.ToString(), plan.HasValues,
            Round(plan.TotalCost), Math.Round(plan.TruckCost, 2), Math.Round(plan.CarryOverCost, 2), Math.Round(plan.HandlingCost, 2),
            plan.HasValues ? plan.TotalTrucks : null, Math.Round(packages), capacityUsed > 0 ? Math.Round(100 * packages / capacityUsed, 1) : null,
            plan.Gap is { } gap ? Math.Round(100 * gap, 2) : null,
            rows, daily, actualTrucks, actualCost,
            actualCost is { } spent && plan.TotalCost is { } planned ? Math.Round(spent - planned, 2) : null,
            Math.Round(consolidated), Math.Round(plan.CarriedOver.Sum(c => c.WaitingAfterDay.Sum())),
            plan.Binding.Where(b => Math.Abs(b.RightHandSide) > 1e-9).Take(5).Select(b => b.Description).ToList(),
            plan.Conflict is { Explained: true } conflict ? conflict.Violations.Select(v => v.Description).ToList() : plan.Conflict is { } c ? [c.Summary] : [],
            plan.Message,
            [
                $"A package may wait a day for the next truck at {penalty:0.##} USD per package per day; all of it must leave by the last day.",
                "Trucks cost their lane's cost per truck whether full or not; a trailer holds the lane's trailer capacity.",
            ],
            notes,
            "Trucks per lane per day as whole numbers solved by CBC: each day's trucks carry that day's volume plus what waited, within trailer capacity, at least cost (trucks plus waiting penalties); lanes that share no volume are solved separately.",
            VegaLiteChart.DailySeries($"Trucks per day, {scope}", daily.Select(d => (d.Date, (double)d.Trucks)), "Trucks"));
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;
}
