namespace Assistant.Defects.RootCause;

/// <summary>
/// Which members of a dimension account for a deviation in the total: each member's deviation
/// (actual minus expected) as a share of the total's. Deviations add up, so the shares are exact
/// and sum to 1, which is what lets a planner say "this lane is 64% of it".
/// </summary>
public static class ContributionAnalysis
{
    /// <summary>Ranks the members by their contribution to the total deviation.</summary>
    public static ContributionReport Analyse(IEnumerable<MemberReading> readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var members = readings.ToList();
        foreach (var reading in members)
        {
            if (!double.IsFinite(reading.Expected) || !double.IsFinite(reading.Actual))
            {
                throw new ArgumentException($"member {reading.Member} has a non-finite expected or actual value.", nameof(readings));
            }
        }

        var duplicate = members.GroupBy(m => m.Member, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"member {duplicate.Key} appears more than once.", nameof(readings));
        }

        var expected = members.Sum(m => m.Expected);
        var actual = members.Sum(m => m.Actual);
        var deviation = members.Sum(m => m.Actual - m.Expected);
        var direction = Math.Sign(deviation);
        var ranked = members
            .Select(m =>
            {
                var own = m.Actual - m.Expected;
                return new MemberContribution(m.Member, m.Expected, m.Actual, own, deviation == 0 ? 0 : own / deviation);
            })
            // With no net deviation there is no direction to rank by: the biggest movers first.
            .OrderByDescending(c => direction == 0 ? Math.Abs(c.Deviation) : c.Deviation * direction)
            .ThenBy(c => c.Member, StringComparer.Ordinal)
            .ToList();
        return new ContributionReport(expected, actual, deviation, ranked);
    }

    /// <summary>
    /// Compares an anomalous period with a baseline period, member by member; a member missing from
    /// one period counts as 0 there. <paramref name="baselineScale"/> turns the baseline into what
    /// the anomalous period should have been (0.25 when the baseline covers four weeks and the
    /// anomalous period one).
    /// </summary>
    public static ContributionReport Compare(
        IReadOnlyDictionary<string, double> baseline,
        IReadOnlyDictionary<string, double> anomalous,
        double baselineScale = 1)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(anomalous);
        if (!double.IsFinite(baselineScale) || baselineScale < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(baselineScale), "the baseline scale must be a finite number, 0 or more.");
        }

        var members = baseline.Keys.Union(anomalous.Keys, StringComparer.Ordinal);
        return Analyse(members.Select(m => new MemberReading(
            m,
            baseline.GetValueOrDefault(m) * baselineScale,
            anomalous.GetValueOrDefault(m))));
    }
}
