using Assistant.Core;
using Assistant.Core.Network;
using Assistant.Optimization;
using Assistant.Optimization.Network;
using Assistant.Optimization.WhatIfs;

namespace Assistant.Plugins.Capacity;

/// <summary>
/// Turns what-if changes as callers write them into the engine's edits. Lanes may be named in
/// either direction ("DS1 from SC2"); serve_only and buy_only become the forbidden pairs they
/// imply; an add_ change becomes a set_ change from the network's current figure.
/// </summary>
public static class WhatIfChanges
{
    public const string Kinds = "scale_demand, set_demand, add_demand, set_capacity, scale_capacity, add_capacity, set_cost, scale_cost, add_cost, close, forbid, serve_only, buy_only, exclusive, avoid";

    /// <param name="regions">The store's catalog, for changes that name a region; null for a network file.</param>
    public static IReadOnlyList<NetworkEdit> ToEdits(IReadOnlyList<WhatIfChange>? changes, FlowNetwork network, NetworkCatalog? regions)
    {
        if (changes is null || changes.Count == 0)
        {
            throw new InputError("A what-if needs at least one change, for example {\"kind\": \"scale_demand\", \"site\": \"DS1\", \"factor\": 1.2}.");
        }

        var edits = new List<NetworkEdit>();
        for (var i = 0; i < changes.Count; i++)
        {
            edits.AddRange(ToEdits(changes[i], i + 1, network, regions));
        }

        return edits;
    }

    private static IEnumerable<NetworkEdit> ToEdits(WhatIfChange change, int number, FlowNetwork network, NetworkCatalog? regions)
    {
        var kind = (change.Kind ?? "").Trim().ToLowerInvariant();
        string Where() => $"Change {number} ({kind})";
        string Argument(string name) => $"changes[{number - 1}].{name}";
        string Site() => string.IsNullOrWhiteSpace(change.Site) ? throw new InputError($"{Where()} needs a site.") : change.Site.Trim();
        double Factor()
        {
            var f = change.Factor is { } given && double.IsFinite(given) && given > 0 ? given : throw new InputError($"{Where()} needs a factor above 0 (1.2 for +20%).");
            return PlanningBounds.FactorProblem(f) is { } problem ? throw new InputError($"{Where()}: {Argument("factor")} {problem}.") : f;
        }

        double Value()
        {
            var v = change.Value is { } given && double.IsFinite(given) ? given : throw new InputError($"{Where()} needs a value.");
            // A cost is money per unit; every other value is a quantity (demand, capacity). Negative
            // values are only meaningful for add_ kinds, and are judged there against today's figure.
            var (max, what) = kind.EndsWith("_cost", StringComparison.Ordinal)
                ? (PlanningBounds.MaxCostPerUnit, "a cost per unit")
                : (PlanningBounds.MaxQuantity, kind.EndsWith("_demand", StringComparison.Ordinal) ? "a demand" : "a capacity");
            return Math.Abs(v) > max
                ? throw new InputError($"{Where()}: {Argument("value")} is {PlanningBounds.Text(v)}; {what} must be at most {PlanningBounds.Text(max)}.")
                : v;
        }
        (string From, string To) Lane()
        {
            var a = Site();
            var b = string.IsNullOrWhiteSpace(change.To) ? throw new InputError($"{Where()} needs the lane's two sites (site and to).") : change.To.Trim();
            return network.FindLane(a, b) is null && network.FindLane(b, a) is not null ? (b, a) : (a, b);
        }

        bool IsLane() => !string.IsNullOrWhiteSpace(change.To);

        switch (kind)
        {
            case "scale_demand":
                if (!string.IsNullOrWhiteSpace(change.Region))
                {
                    var region = regions?.FindRegion(change.Region) ?? throw new InputError(
                        regions is null ? $"{Where()}: a network file has no regions; name its destinations instead." : $"{Where()}: there is no region '{change.Region}'.");
                    var stations = regions.SitesIn(region.Code).Where(s => s.Kind == SiteKind.DeliveryStation && network.KindOf(s.Code) == FlowSiteKind.Destination).ToList();
                    return stations.Select(s => (NetworkEdit)new ScaleDemand(Factor(), s.Code, Class(change))).ToList();
                }

                return [new ScaleDemand(Factor(), Blank(change.Site), Class(change))];
            case "set_demand" or "add_demand":
            {
                // A new level of demand is a scaling of today's: the engine's edit keeps class shares.
                var site = Site();
                var destination = network.Destinations.FirstOrDefault(d => d.Id.Equals(site, StringComparison.OrdinalIgnoreCase))
                    ?? throw new InputError($"{Where()}: '{site}' is not a destination of this network; demand belongs to destinations.");
                var className = Class(change);
                var current = className is null ? destination.Demand.Values.Sum() : destination.Demand.GetValueOrDefault(className);
                if (current <= 0)
                {
                    throw new InputError($"{Where()}: {destination.Id} has no {(className is null ? "" : className + " ")}demand today, so it cannot be set by scaling; give it demand in the network file.");
                }

                var target = kind == "set_demand" ? Value() : current + Value();
                if (target < 0)
                {
                    throw new InputError($"{Where()}: demand at {destination.Id} cannot fall below 0 ({current:0.##} − {-Value():0.##}).");
                }

                return [new ScaleDemand(target / current, destination.Id, className)];
            }

            case "set_capacity":
                return [IsLane() ? new SetLaneCapacity(Lane().From, Lane().To, Value()) : new SetCapacity(Site(), Value())];
            case "scale_capacity":
                return [IsLane() ? new ScaleLaneCapacity(Lane().From, Lane().To, Factor()) : new ScaleCapacity(Site(), Factor())];
            case "add_capacity":
                if (IsLane())
                {
                    var (from, to) = Lane();
                    var lane = network.FindLane(from, to);
                    var current = lane?.Capacity ?? throw new InputError($"{Where()}: lane {from}→{to} {(lane is null ? "does not exist" : "has no capacity limit")}, so there is nothing to add to.");
                    return [new SetLaneCapacity(from, to, Math.Max(0, current + Value()))];
                }
                else
                {
                    var site = Site();
                    var current = SiteCapacity(network, site) ?? throw new InputError($"{Where()}: {site} has no capacity limit, so there is nothing to add to.");
                    return [new SetCapacity(site, Math.Max(0, current + Value()))];
                }

            case "set_cost":
                return [new SetLaneCost(Lane().From, Lane().To, Value())];
            case "scale_cost":
                return [new ScaleLaneCost(Lane().From, Lane().To, Factor())];
            case "add_cost":
            {
                var (from, to) = Lane();
                var lane = network.FindLane(from, to) ?? throw new InputError($"{Where()}: there is no lane {from}→{to}.");
                return [new SetLaneCost(from, to, Math.Max(0, lane.CostPerUnit + Value()))];
            }

            case "close":
                return [IsLane() ? new CloseLane(Lane().From, Lane().To) : new CloseSite(Site())];
            case "forbid":
            {
                var targets = Targets(change);
                if (network.KindOf(Site()) == FlowSiteKind.Destination)
                {
                    // "DS3 may no longer buy from SC1": the same pairs, named from the other end.
                    return targets.Select(hub => (NetworkEdit)new ForbidPairs(hub, [Site()])).ToList();
                }

                return network.KindOf(Site()) == FlowSiteKind.Origin
                    ? targets.Select(to => (NetworkEdit)new CloseLane(Site(), to)).ToList()
                    : [new ForbidPairs(Site(), targets)];
            }

            case "serve_only":
            {
                var keep = Targets(change).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var others = network.Lanes
                    .Where(l => l.From.Equals(Site(), StringComparison.OrdinalIgnoreCase) && network.KindOf(l.To) == FlowSiteKind.Destination && !keep.Contains(l.To))
                    .Select(l => l.To)
                    .ToList();
                return others.Count == 0 ? [] : [new ForbidPairs(Site(), others)];
            }

            case "buy_only":
            {
                var keep = Targets(change).ToHashSet(StringComparer.OrdinalIgnoreCase);
                return network.Lanes
                    .Where(l => l.To.Equals(Site(), StringComparison.OrdinalIgnoreCase) && network.KindOf(l.From) == FlowSiteKind.Hub && !keep.Contains(l.From))
                    .Select(l => (NetworkEdit)new ForbidPairs(l.From, [l.To]))
                    .ToList();
            }

            case "exclusive":
            {
                var (hub, destination) = network.KindOf(Site()) == FlowSiteKind.Destination ? (Targets(change)[0], Site()) : (Site(), Targets(change)[0]);
                return [new ExclusivePair(hub, destination)];
            }

            case "avoid":
                return [IsLane() ? new AvoidUse(Lane().From, Lane().To) : new AvoidUse(Site())];
            default:
                throw new InputError($"Change {number} has an unknown kind '{change.Kind}'. Kinds: {Kinds}.");
        }

        IReadOnlyList<string> Targets(WhatIfChange c)
        {
            var list = (c.Sites ?? []).Concat(string.IsNullOrWhiteSpace(c.To) ? [] : [c.To]).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList();
            return list.Count > 0 ? list : throw new InputError($"{Where()} needs the other sites (sites or to).");
        }
    }

    private static double? SiteCapacity(FlowNetwork network, string site) =>
        network.Origins.FirstOrDefault(o => o.Id.Equals(site, StringComparison.OrdinalIgnoreCase))?.Capacity
        ?? network.Hubs.FirstOrDefault(h => h.Id.Equals(site, StringComparison.OrdinalIgnoreCase))?.Capacity;

    private static string? Class(WhatIfChange change) => Blank(change.Class);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
