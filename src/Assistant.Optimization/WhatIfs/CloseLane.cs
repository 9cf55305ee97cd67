using Assistant.Optimization.Network;

namespace Assistant.Optimization.WhatIfs;

/// <summary>The lane removed: nothing may travel on it.</summary>
public sealed record CloseLane(string From, string To) : NetworkEdit
{
    public override FlowNetwork Apply(FlowNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var lane = EditTargets.Lane(network, From, To);
        return EditTargets.WithoutLanes(network, existing => ReferenceEquals(existing, lane));
    }

    public override string Describe() => $"Lane {From}→{To} closed";
}
