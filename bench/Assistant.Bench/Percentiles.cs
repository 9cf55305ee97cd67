namespace Assistant.Bench;

/// <summary>Latency percentiles as the benchmark tables report them: linear between the nearest ranks.</summary>
public static class Percentiles
{
    /// <param name="p">The percentile, 0 to 100.</param>
    public static double Of(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var rank = p / 100.0 * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}
