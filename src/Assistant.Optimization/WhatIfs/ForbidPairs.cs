using Assistant.Optimization.Network;

namespace Assistant.Optimization.WhatIfs;

/// <summary>
/// The hub may not ship directly to any of the destinations: those lanes are removed. A listed
/// destination without a lane from the hub is already forbidden and is accepted; a list of which
/// none has a lane is refused, since the edit would change nothing and was probably meant otherwise.
/// </summary>
public sealed record ForbidPairs(string Hub, IReadOnlyList<string> Destinations) : NetworkEdit
{
    public override FlowNetwork Apply(FlowNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(Destinations);
        var hub = EditTargets.Hub(network, Hub).Id;
        if (Destinations.Count == 0)
        {
            throw new FlowNetworkError($"Name at least one destination that {hub} may not serve.");
        }

        var destinations = Destinations.Select(destination => EditTargets.Destination(network, destination).Id).ToList();
        var forbidden = network.Lanes.Where(lane => EditTargets.Same(lane.From, hub) && destinations.Any(destination => EditTargets.Same(lane.To, destination))).ToList();
        if (forbidden.Count == 0)
        {
            throw new FlowNetworkError(
                $"{hub} has no lane to {string.Join(", ", destinations)}, so there is nothing to forbid; {hub} serves {IdList.FirstFew(network.Lanes.Where(lane => EditTargets.Same(lane.From, hub)).Select(lane => lane.To))}.");
        }

        return EditTargets.WithoutLanes(network, forbidden.Contains);
    }

    public override string Describe() => $"{Hub} may not serve {string.Join(", ", Destinations ?? [])}";
}
