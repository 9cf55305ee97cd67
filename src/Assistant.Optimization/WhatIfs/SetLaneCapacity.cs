using Assistant.Optimization.Network;

namespace Assistant.Optimization.WhatIfs;

/// <summary>A lane's capacity (all classes together) set to <paramref name="Capacity"/>; null makes it unlimited.</summary>
public sealed record SetLaneCapacity(string From, string To, double? Capacity) : NetworkEdit
{
    public override FlowNetwork Apply(FlowNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var lane = EditTargets.Lane(network, From, To);
        EditTargets.Amount(Capacity, $"capacity of lane {lane.Name}");
        return EditTargets.ReplaceLane(network, lane, lane with { Capacity = Capacity });
    }

    public override string Describe() =>
        Capacity is { } capacity ? $"Lane {From}→{To} capacity set to {EditTargets.Number(capacity)}" : $"Lane {From}→{To} capacity made unlimited";
}
