namespace Assistant.Defects.Risk;

/// <summary>
/// What is known about one lane when judging the coming days: the volume expected on each day,
/// what the lane has shown it can carry in a day (the most trucks it ran in a day lately × trailer
/// capacity: more than that needs trucks its carriers have not supplied lately), and its late
/// departures as a share of trucks, recently and over a longer baseline before that.
/// </summary>
public sealed record LaneOutlook(
    string LaneId,
    IReadOnlyList<double> ExpectedPackages,
    double CapacityPackages,
    double RecentLateShare,
    double BaselineLateShare,
    int RecentTrucks);
