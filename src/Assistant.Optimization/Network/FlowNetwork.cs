namespace Assistant.Optimization.Network;

/// <summary>
/// A middle-mile network to plan flows over: origins ship, hubs process and pass on, destinations
/// receive their demand, per class of goods, along directed lanes. Ids are matched ignoring case
/// everywhere (a planner types "sc1"); the declared spelling is the one shown. Immutable: what-if
/// edits return changed copies. <see cref="FlowNetworkJson"/> reads and writes it;
/// <see cref="FlowPlanner"/> plans it (both check it with the same rules).
/// </summary>
public sealed record FlowNetwork(
    string Name,
    string Unit,
    bool IntegerFlows,
    IReadOnlyList<string> Classes,
    IReadOnlyList<FlowOrigin> Origins,
    IReadOnlyList<FlowHub> Hubs,
    IReadOnlyList<FlowDestination> Destinations,
    IReadOnlyList<FlowLane> Lanes)
{
    /// <summary>Every site id: origins, then hubs, then destinations.</summary>
    public IEnumerable<string> SiteIds =>
        Origins.Select(origin => origin.Id).Concat(Hubs.Select(hub => hub.Id)).Concat(Destinations.Select(destination => destination.Id));

    public FlowOrigin? FindOrigin(string id) => Origins.FirstOrDefault(origin => Same(origin.Id, id));

    public FlowHub? FindHub(string id) => Hubs.FirstOrDefault(hub => Same(hub.Id, id));

    public FlowDestination? FindDestination(string id) => Destinations.FirstOrDefault(destination => Same(destination.Id, id));

    public FlowLane? FindLane(string from, string to) => Lanes.FirstOrDefault(lane => lane.Connects(from, to));

    /// <summary>The declared spelling of a class name, or null when the network has no such class.</summary>
    public string? FindClass(string name) => Classes.FirstOrDefault(flowClass => Same(flowClass, name));

    /// <summary>The declared spelling of a site id, or null when there is no such site.</summary>
    public string? FindSite(string id) => SiteIds.FirstOrDefault(site => Same(site, id));

    /// <summary>What the site is, or null when the network has no site with that id.</summary>
    public FlowSiteKind? KindOf(string id) =>
        FindOrigin(id) is not null ? FlowSiteKind.Origin
        : FindHub(id) is not null ? FlowSiteKind.Hub
        : FindDestination(id) is not null ? FlowSiteKind.Destination
        : null;

    /// <summary>Total demand of one class over every destination.</summary>
    public double TotalDemand(string flowClass) => Destinations.Sum(destination => destination.DemandOf(flowClass));

    // Records compare lists by reference; a network read back from its own JSON must equal it.
    public bool Equals(FlowNetwork? other) =>
        other is not null
        && Name == other.Name
        && Unit == other.Unit
        && IntegerFlows == other.IntegerFlows
        && FlowCollections.SameItems(Classes, other.Classes)
        && FlowCollections.SameItems(Origins, other.Origins)
        && FlowCollections.SameItems(Hubs, other.Hubs)
        && FlowCollections.SameItems(Destinations, other.Destinations)
        && FlowCollections.SameItems(Lanes, other.Lanes);

    public override int GetHashCode() => HashCode.Combine(Name, Unit, IntegerFlows, Classes.Count, Lanes.Count);

    private static bool Same(string left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
}
