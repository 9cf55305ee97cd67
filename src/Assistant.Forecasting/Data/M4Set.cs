namespace Assistant.Forecasting.Data;

/// <summary>
/// One M4 frequency subset as the organisers evaluate it: its name in the file names, the
/// forecast horizon, and the season length used both by the benchmarks' seasonality test and as
/// the MASE scale (M4 treats weekly data as non-seasonal, m = 1).
/// </summary>
public sealed record M4Set(string Name, int Horizon, int SeasonLength)
{
    public static readonly M4Set Hourly = new("Hourly", 48, 24);
    public static readonly M4Set Weekly = new("Weekly", 13, 1);

    /// <summary>The sets whose data is in the shared folder.</summary>
    public static IReadOnlyList<M4Set> All { get; } = [Hourly, Weekly];

    public static M4Set Parse(string name) =>
        All.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown M4 set '{name}'. Sets: {string.Join(", ", All.Select(s => s.Name))}.", nameof(name));
}
