using Assistant.Optimization.Network;

namespace Assistant.Optimization.WhatIfs;

/// <summary>
/// An origin or hub closed: every lane into or out of it is removed (the site stays listed, idle,
/// so that later edits may still name it). A destination cannot be closed: that would silently drop
/// its demand, which is a different question.
/// </summary>
public sealed record CloseSite(string Site) : NetworkEdit
{
    public override FlowNetwork Apply(FlowNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var site = EditTargets.Site(network, Site);
        if (network.KindOf(site) == FlowSiteKind.Destination)
        {
            throw new FlowNetworkError($"{site} is a destination; closing it would drop its demand — scale its demand to 0 instead.");
        }

        return EditTargets.WithoutLanes(network, lane => lane.Touches(site));
    }

    public override string Describe() => $"{Site} closed (all its lanes removed)";
}
