using Assistant.Optimization.Network;

namespace Assistant.Optimization.WhatIfs;

/// <summary>
/// The hub ships only to the destination, and the destination receives only from the hub: every
/// other lane out of the hub (to hubs too) and into the destination (from origins too) is removed.
/// The lane between them must exist.
/// </summary>
public sealed record ExclusivePair(string Hub, string Destination) : NetworkEdit
{
    public override FlowNetwork Apply(FlowNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var hub = EditTargets.Hub(network, Hub).Id;
        var destination = EditTargets.Destination(network, Destination).Id;
        var pair = network.FindLane(hub, destination)
            ?? throw new FlowNetworkError($"There is no lane {hub}→{destination}, so {hub} could never serve {destination}; {hub} serves {IdList.FirstFew(network.Lanes.Where(lane => EditTargets.Same(lane.From, hub)).Select(lane => lane.To))}.");
        return EditTargets.WithoutLanes(network, lane =>
            !ReferenceEquals(lane, pair) && (EditTargets.Same(lane.From, hub) || EditTargets.Same(lane.To, destination)));
    }

    public override string Describe() => $"{Hub} serves only {Destination}, and {Destination} is served only by {Hub}";
}
