using Assistant.Optimization.Network;

namespace Assistant.Optimization.WhatIfs;

/// <summary>A lane's cost per unit times <paramref name="Factor"/>.</summary>
public sealed record ScaleLaneCost(string From, string To, double Factor) : NetworkEdit
{
    public override FlowNetwork Apply(FlowNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var lane = EditTargets.Lane(network, From, To);
        EditTargets.Factor(Factor, $"lane {lane.Name}'s cost");
        EditTargets.Cost(lane.CostPerUnit * Factor, $"cost per unit of lane {lane.Name}");
        return EditTargets.ReplaceLane(network, lane, lane with { CostPerUnit = lane.CostPerUnit * Factor });
    }

    public override string Describe() => $"Lane {From}→{To} cost ×{EditTargets.Number(Factor)}";
}
