using Assistant.Optimization.Network;

namespace Assistant.Optimization.WhatIfs;

/// <summary>A lane's capacity times <paramref name="Factor"/>; refused for a lane without a limit.</summary>
public sealed record ScaleLaneCapacity(string From, string To, double Factor) : NetworkEdit
{
    public override FlowNetwork Apply(FlowNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var lane = EditTargets.Lane(network, From, To);
        EditTargets.Factor(Factor, $"lane {lane.Name}'s capacity");
        var capacity = lane.Capacity
            ?? throw new FlowNetworkError($"Lane {lane.Name} has no capacity limit (it is unlimited), so there is nothing to scale; set a capacity for it instead.");
        EditTargets.Amount(capacity * Factor, $"capacity of lane {lane.Name}");
        return EditTargets.ReplaceLane(network, lane, lane with { Capacity = capacity * Factor });
    }

    public override string Describe() => $"Lane {From}→{To} capacity ×{EditTargets.Number(Factor)}";
}
