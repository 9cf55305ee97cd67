using Assistant.Optimization.Network;

namespace Assistant.Optimization.WhatIfs;

/// <summary>
/// Demand times <paramref name="Factor"/>, at one destination or all (null), for one class or all
/// (null). Unlike the other scales, a factor of 0 is allowed: it is how a destination's demand is
/// dropped (destinations cannot be closed). With whole-unit flows the scaled demand is rounded to
/// the nearest whole unit, since fractional demand could never be met.
/// </summary>
public sealed record ScaleDemand(double Factor, string? Destination = null, string? Class = null) : NetworkEdit
{
    public override FlowNetwork Apply(FlowNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (!double.IsFinite(Factor) || Factor < 0)
        {
            throw new FlowNetworkError($"The demand factor is {Factor}; it must be a number of at least 0 (1.1 means 10% more).");
        }

        var destination = Destination is null ? null : EditTargets.Destination(network, Destination).Id;
        var flowClass = Class is null ? null : EditTargets.Class(network, Class);
        // The factor itself may be large (set_demand from a small figure), the demand it gives may not.
        foreach (var site in network.Destinations.Where(site => destination is null || EditTargets.Same(site.Id, destination)))
        {
            foreach (var (name, demand) in site.Demand.Where(entry => flowClass is null || EditTargets.Same(entry.Key, flowClass)))
            {
                EditTargets.Amount(Scaled(network, demand), $"{name} demand at {site.Id}");
            }
        }

        return network with
        {
            Destinations = [.. network.Destinations.Select(site => destination is null || EditTargets.Same(site.Id, destination)
                ? site with { Demand = FlowCollectionsForEdits.Map(site.Demand, (name, demand) => flowClass is null || EditTargets.Same(name, flowClass) ? Scaled(network, demand) : demand) }
                : site)],
        };
    }

    public override string Describe()
    {
        var what = Class is null ? "demand" : $"{Class} demand";
        var where = Destination is null ? " at every destination" : "";
        return Destination is null
            ? $"{Capitalised(what)} ×{EditTargets.Number(Factor)}{where}"
            : $"{Destination} {what} ×{EditTargets.Number(Factor)}";
    }

    private double Scaled(FlowNetwork network, double demand) =>
        network.IntegerFlows ? Math.Round(demand * Factor, MidpointRounding.AwayFromZero) : demand * Factor;

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
