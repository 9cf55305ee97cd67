using Assistant.Optimization.Network;

namespace Assistant.Optimization.WhatIfs;

/// <summary>An origin's supply or a hub's capacity times <paramref name="Factor"/>; refused for a site without a limit.</summary>
public sealed record ScaleCapacity(string Site, double Factor) : NetworkEdit
{
    public override FlowNetwork Apply(FlowNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var site = EditTargets.CapacitySite(network, Site);
        EditTargets.Factor(Factor, $"{site}'s capacity");
        var capacity = EditTargets.CapacityOf(network, site)
            ?? throw new FlowNetworkError($"{site} has no capacity limit (it is unlimited), so there is nothing to scale; set a capacity for it instead.");
        EditTargets.Amount(capacity * Factor, $"capacity of {site}");
        return EditTargets.WithCapacity(network, site, capacity * Factor);
    }

    public override string Describe() => $"{Site} capacity ×{EditTargets.Number(Factor)}";
}
