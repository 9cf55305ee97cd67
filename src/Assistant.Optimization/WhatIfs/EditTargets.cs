using Assistant.Optimization.Network;

namespace Assistant.Optimization.WhatIfs;

/// <summary>Finding what an edit names, checking its values, and building the changed copy.</summary>
internal static class EditTargets
{
    public static string Site(FlowNetwork network, string id) =>
        network.FindSite(id ?? "") ?? throw new FlowNetworkError($"There is no site '{id}' in {network.Name}; sites are {IdList.FirstFew(network.SiteIds)}.");

    public static FlowHub Hub(FlowNetwork network, string id)
    {
        var site = Site(network, id);
        return network.FindHub(site)
            ?? throw new FlowNetworkError($"{site} is {Article(network.KindOf(site))}, not a hub; hubs are {IdList.FirstFew(network.Hubs.Select(hub => hub.Id))}.");
    }

    public static FlowDestination Destination(FlowNetwork network, string id)
    {
        var site = Site(network, id);
        return network.FindDestination(site)
            ?? throw new FlowNetworkError($"{site} is {Article(network.KindOf(site))}, not a destination; destinations are {IdList.FirstFew(network.Destinations.Select(destination => destination.Id))}.");
    }

    public static FlowLane Lane(FlowNetwork network, string from, string to)
    {
        var start = Site(network, from);
        var end = Site(network, to);
        return network.FindLane(start, end) ?? throw new FlowNetworkError(
            $"There is no lane {start}→{end}; lanes from {start} go to {IdList.FirstFew(network.Lanes.Where(lane => lane.From == start).Select(lane => lane.To))}.");
    }

    public static string Class(FlowNetwork network, string name) =>
        network.FindClass(name ?? "") ?? throw new FlowNetworkError($"There is no class '{name}' in {network.Name}; classes are {string.Join(", ", network.Classes)}.");

    /// <summary>A scale factor: finite, above zero (zero would close, not scale: say so with another edit) and at most <see cref="PlanningBounds.MaxFactor"/>.</summary>
    public static void Factor(double factor, string what)
    {
        if (!double.IsFinite(factor) || factor <= 0)
        {
            throw new FlowNetworkError($"The factor for {what} is {factor}; it must be a number above 0 (1.1 means 10% more).");
        }

        if (factor > PlanningBounds.MaxFactor)
        {
            throw new FlowNetworkError($"The factor for {what} {PlanningBounds.FactorProblem(factor)}.");
        }
    }

    /// <summary>A capacity or demand: a number from 0 to <see cref="PlanningBounds.MaxQuantity"/>.</summary>
    public static void Amount(double? amount, string what) => Within(amount, PlanningBounds.MaxQuantity, what);

    /// <summary>A cost per unit: a number from 0 to <see cref="PlanningBounds.MaxCostPerUnit"/>.</summary>
    public static void Cost(double cost, string what) => Within(cost, PlanningBounds.MaxCostPerUnit, what);

    private static void Within(double? amount, double max, string what)
    {
        if (amount is { } value && (!double.IsFinite(value) || value < 0))
        {
            throw new FlowNetworkError($"The {what} would be {value}; it must be a number of at least 0.");
        }

        if (amount > max)
        {
            throw new FlowNetworkError($"The {what} would be {PlanningBounds.Text(amount.Value)}; it must be at most {PlanningBounds.Text(max)}.");
        }
    }

    public static FlowNetwork ReplaceLane(FlowNetwork network, FlowLane lane, FlowLane replacement) =>
        network with { Lanes = [.. network.Lanes.Select(existing => ReferenceEquals(existing, lane) ? replacement : existing)] };

    public static FlowNetwork WithoutLanes(FlowNetwork network, Func<FlowLane, bool> drop) =>
        network with { Lanes = [.. network.Lanes.Where(lane => !drop(lane))] };

    /// <summary>The capacity of an origin or a hub; a destination has none (it has demand).</summary>
    public static double? CapacityOf(FlowNetwork network, string site) =>
        network.FindOrigin(site)?.Capacity ?? network.FindHub(site)?.Capacity;

    public static string CapacitySite(FlowNetwork network, string id)
    {
        var site = Site(network, id);
        return network.KindOf(site) == FlowSiteKind.Destination
            ? throw new FlowNetworkError($"{site} is a destination; destinations have demand, not capacity. Scale its demand instead.")
            : site;
    }

    public static FlowNetwork WithCapacity(FlowNetwork network, string site, double? capacity) =>
        network with
        {
            Origins = [.. network.Origins.Select(origin => Same(origin.Id, site) ? origin with { Capacity = capacity } : origin)],
            Hubs = [.. network.Hubs.Select(hub => Same(hub.Id, site) ? hub with { Capacity = capacity } : hub)],
        };

    public static string Number(double value) => FlowWording.Amount(value);

    public static bool Same(string left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    private static string Article(FlowSiteKind? kind) => kind switch
    {
        FlowSiteKind.Origin => "an origin",
        FlowSiteKind.Hub => "a hub",
        _ => "a destination",
    };
}
