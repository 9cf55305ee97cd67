namespace Assistant.Defects.Risk;

/// <summary>
/// A lane's risk of late departures in the coming days, in [0,1], with its parts: how far the
/// expected volume presses on the lane's recent truck capacity, and how its late departures are trending.
/// Reasons are in planners' words, most important first.
/// </summary>
public sealed record LaneRisk(
    string LaneId,
    double Risk,
    double PeakUtilisation,
    int DaysOverCapacity,
    double PressureRisk,
    double LateTrendRisk,
    double RecentLateShare,
    double BaselineLateShare,
    IReadOnlyList<string> Reasons);
