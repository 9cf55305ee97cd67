using Assistant.Optimization.Network;

namespace Assistant.Optimization.WhatIfs;

/// <summary>
/// The counterfactual behind "why does the plan use X?": plan without X, an origin or hub
/// (<paramref name="To"/> null: all its lanes removed) or the lane Site→To. The cost difference is
/// what X is worth; an infeasible result means the demand cannot be met without it.
/// </summary>
public sealed record AvoidUse(string Site, string? To = null) : NetworkEdit
{
    public override FlowNetwork Apply(FlowNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (To is not null)
        {
            var lane = EditTargets.Lane(network, Site, To);
            return EditTargets.WithoutLanes(network, existing => ReferenceEquals(existing, lane));
        }

        var site = EditTargets.Site(network, Site);
        if (network.KindOf(site) == FlowSiteKind.Destination)
        {
            throw new FlowNetworkError($"{site} is a destination; the plan serves it because it has demand. Ask about one of its lanes instead, e.g. which hub serves it.");
        }

        return EditTargets.WithoutLanes(network, lane => lane.Touches(site));
    }

    public override string Describe() => To is null ? $"Plan without using {Site}" : $"Plan without lane {Site}→{To}";
}
