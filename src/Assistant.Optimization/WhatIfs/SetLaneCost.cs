using Assistant.Optimization.Network;

namespace Assistant.Optimization.WhatIfs;

/// <summary>A lane's cost per unit set to <paramref name="CostPerUnit"/>.</summary>
public sealed record SetLaneCost(string From, string To, double CostPerUnit) : NetworkEdit
{
    public override FlowNetwork Apply(FlowNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var lane = EditTargets.Lane(network, From, To);
        EditTargets.Cost(CostPerUnit, $"cost per unit of lane {lane.Name}");
        return EditTargets.ReplaceLane(network, lane, lane with { CostPerUnit = CostPerUnit });
    }

    public override string Describe() => $"Lane {From}→{To} cost set to {EditTargets.Number(CostPerUnit)} per unit";
}
