namespace Assistant.Core.Network;

/// <summary>
/// A linehaul lane between two sites. Its id is "ORIGIN-DESTINATION" (SEA4-GEG1): one lane per
/// ordered pair of sites.
/// </summary>
public sealed record Lane(
    string Origin,
    string Destination,
    int TrailerCapacityPackages,
    decimal CostPerTruckUsd,
    double TransitHours,
    TimeOnly CriticalPullTime)
{
    public string Id => LaneId(Origin, Destination);

    public static string LaneId(string origin, string destination) => $"{origin}-{destination}";
}
