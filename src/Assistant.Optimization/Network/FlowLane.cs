namespace Assistant.Optimization.Network;

/// <summary>
/// A directed lane. <paramref name="CostPerUnit"/> is paid for every unit of every class carried;
/// <paramref name="Capacity"/> bounds the total of all classes on the lane (null = unlimited).
/// </summary>
public sealed record FlowLane(string From, string To, double CostPerUnit, double? Capacity)
{
    /// <summary>"FC1→SC1", the way answers and constraint names show a lane.</summary>
    public string Name => $"{From}→{To}";

    /// <summary>True when this lane runs from <paramref name="from"/> to <paramref name="to"/> (ids compared ignoring case).</summary>
    public bool Connects(string from, string to) =>
        string.Equals(From, from, StringComparison.OrdinalIgnoreCase) && string.Equals(To, to, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the lane starts or ends at <paramref name="site"/>.</summary>
    public bool Touches(string site) =>
        string.Equals(From, site, StringComparison.OrdinalIgnoreCase) || string.Equals(To, site, StringComparison.OrdinalIgnoreCase);
}
