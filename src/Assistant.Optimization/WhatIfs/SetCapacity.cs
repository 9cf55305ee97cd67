using Assistant.Optimization.Network;

namespace Assistant.Optimization.WhatIfs;

/// <summary>An origin's supply or a hub's capacity set to <paramref name="Capacity"/>; null makes it unlimited.</summary>
public sealed record SetCapacity(string Site, double? Capacity) : NetworkEdit
{
    public override FlowNetwork Apply(FlowNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var site = EditTargets.CapacitySite(network, Site);
        EditTargets.Amount(Capacity, $"capacity of {site}");
        return EditTargets.WithCapacity(network, site, Capacity);
    }

    public override string Describe() =>
        Capacity is { } capacity ? $"{Site} capacity set to {EditTargets.Number(capacity)}" : $"{Site} capacity made unlimited";
}
