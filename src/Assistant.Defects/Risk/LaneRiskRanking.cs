using System.Globalization;

namespace Assistant.Defects.Risk;

/// <summary>
/// Ranks lanes by the risk of late departures in the coming days. Two signs combine:
/// <list type="bullet">
/// <item>pressure: a day whose expected volume fills the lane's recent truck capacity beyond
/// <see cref="FullFrom"/> risks a truck leaving late or volume left behind; it rises linearly to
/// certain at <see cref="CertainAt"/> utilisation;</item>
/// <item>trend: late departures recently well above the lane's own baseline share mean the cause
/// (a carrier, a dock, a site) is still there; scored by the excess over the baseline, relative to
/// the baseline (with a floor, so a lane that is almost never late needs a real rise), and
/// discounted when only a few trucks ran.</item>
/// </list>
/// Either sign alone can make a lane risky, so they combine as independent chances:
/// risk = 1 − (1 − pressure)(1 − trend).
/// </summary>
public sealed class LaneRiskRanking
{
    public const double FullFrom = 0.90;

    public const double CertainAt = 1.15;

    /// <summary>A baseline late share below this is treated as this, so 0 → 1 late truck is not infinite growth.</summary>
    public const double BaselineFloor = 0.02;

    /// <summary>Trucks needed before a recent late share is fully believed.</summary>
    public const int TrustedTrucks = 10;

    public IReadOnlyList<LaneRisk> Rank(IEnumerable<LaneOutlook> lanes) =>
        lanes.Select(Assess)
            .OrderByDescending(r => r.Risk)
            .ThenBy(r => r.LaneId, StringComparer.Ordinal)
            .ToList();

    public LaneRisk Assess(LaneOutlook lane)
    {
        ArgumentNullException.ThrowIfNull(lane);
        if (lane.CapacityPackages <= 0)
        {
            throw new ArgumentException($"Lane {lane.LaneId} has no capacity; give trucks × trailer capacity above zero.", nameof(lane));
        }

        var utilisation = lane.ExpectedPackages.Select(p => Math.Max(0, p) / lane.CapacityPackages).ToList();
        var peak = utilisation.Count == 0 ? 0 : utilisation.Max();
        var over = utilisation.Count(u => u > 1);
        var pressure = Math.Clamp((peak - FullFrom) / (CertainAt - FullFrom), 0, 1);

        var baseline = Math.Max(lane.BaselineLateShare, BaselineFloor);
        var relativeRise = (lane.RecentLateShare - baseline) / baseline;
        var trust = Math.Min(1.0, lane.RecentTrucks / (double)TrustedTrucks);
        // A doubling of the late share reads as an even chance the cause persists; a tripling as near certain.
        var trend = Math.Clamp(relativeRise / 2, 0, 1) * trust;

        var risk = 1 - (1 - pressure) * (1 - trend);
        return new LaneRisk(lane.LaneId, risk, peak, over, pressure, trend, lane.RecentLateShare, lane.BaselineLateShare,
            Reasons(lane, peak, over, utilisation.Count, pressure, trend));
    }

    private static IReadOnlyList<string> Reasons(LaneOutlook lane, double peak, int over, int days, double pressure, double trend)
    {
        var reasons = new List<(double Weight, string Text)>();
        if (pressure > 0)
        {
            var overText = over > 0
                ? $"; {over} of {days} days need more trucks than it has run in a day lately"
                : "";
            reasons.Add((pressure, $"expected volume reaches {Pct(peak)} of its recent truck capacity at the peak{overText}"));
        }

        if (trend > 0)
        {
            reasons.Add((trend, $"{Pct(lane.RecentLateShare)} of its trucks left late recently, against {Pct(lane.BaselineLateShare)} before"));
        }

        if (reasons.Count == 0)
        {
            reasons.Add((0, $"volume peaks at {Pct(peak)} of its recent truck capacity and late departures are not rising"));
        }

        return reasons.OrderByDescending(r => r.Weight).Select(r => r.Text).ToList();
    }

    private static string Pct(double share) => (100 * share).ToString("0", CultureInfo.InvariantCulture) + "%";
}
