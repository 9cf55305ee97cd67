namespace Assistant.Defects.Tests;

/// <summary>Constructed series with seeded Gaussian noise, so every test sees the same numbers.</summary>
internal static class Series
{
    public static readonly DateTime Start = new(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc);

    public static double[] Noise(int count, double spread, int seed)
    {
        var random = new Random(seed);
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            // Box-Muller.
            var u = 1 - random.NextDouble();
            var v = random.NextDouble();
            values[i] = spread * Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
        }

        return values;
    }

    public static List<MetricPoint> Hourly(IEnumerable<double> values) =>
        [.. values.Select((v, i) => new MetricPoint(Start.AddHours(i), v))];

    public static List<MetricPoint> Daily(IEnumerable<double> values) =>
        [.. values.Select((v, i) => new MetricPoint(Start.AddDays(i), v))];

    public static List<MetricPoint> EveryFiveMinutes(IEnumerable<double> values) =>
        [.. values.Select((v, i) => new MetricPoint(Start.AddMinutes(5 * i), v))];

    /// <summary>A level plus noise, with the values at some rows changed afterwards.</summary>
    public static double[] Level(int count, double level, double spread, int seed) =>
        [.. Noise(count, spread, seed).Select(n => level + n)];
}
