namespace Assistant.Defects.Risk;

/// <summary>
/// What is known about one lane when judging the coming days: the volume expected on each day,
/// what the lane usually carries in a day (trucks it runs × trailer capacity), and its late
/// departures as a share of trucks, recently and over a longer baseline before that.
/// </summary>
public sealed record LaneOutlook(
    string LaneId,
    IReadOnlyList<double> ExpectedPackages,
    double UsualCapacityPackages,
    double RecentLateShare,
    double BaselineLateShare,
    int RecentTrucks);
