namespace Assistant.Optimization.Linehaul;

/// <summary>
/// A linehaul lane trucks can run on: one trailer of <see cref="TrailerCapacity"/> packages costs
/// <see cref="CostPerTruck"/> per departure. <see cref="MaxTrucksPerDay"/> is a hard limit (tractors,
/// drivers, dock doors); null for none.
/// </summary>
public sealed record TruckLane(string From, string To, double TrailerCapacity, double CostPerTruck, int? MaxTrucksPerDay = null)
{
    /// <summary>"From-To", as planners write lanes (SEA4-GEG1).</summary>
    public string Id => $"{From}-{To}";
}
