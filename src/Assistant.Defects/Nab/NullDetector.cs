namespace Assistant.Defects.Nab;

/// <summary>
/// The detector that never raises an alarm: every row scores 0. NAB's baseline; it must
/// normalise to exactly 0 under every profile, which checks the harness end to end.
/// </summary>
public static class NullDetector
{
    public static IReadOnlyList<double> Score(IReadOnlyList<MetricPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return new double[points.Count];
    }
}
