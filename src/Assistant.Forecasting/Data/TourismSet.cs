namespace Assistant.Forecasting.Data;

/// <summary>
/// One frequency of the tourism forecasting competition (Athanasopoulos, Hyndman, Song and Wu,
/// 2011): the file prefix, the season length (also the MASE scale), the horizon the competition
/// asked for, and whether the files carry a start-period row (yearly files do not).
/// </summary>
public sealed record TourismSet(string Name, int SeasonLength, int Horizon, bool HasPeriodRow)
{
    public static readonly TourismSet Monthly = new("monthly", 12, 24, true);
    public static readonly TourismSet Quarterly = new("quarterly", 4, 8, true);
    public static readonly TourismSet Yearly = new("yearly", 1, 4, false);

    public static IReadOnlyList<TourismSet> All { get; } = [Monthly, Quarterly, Yearly];

    public static TourismSet Parse(string name) =>
        All.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown tourism set '{name}'. Sets: {string.Join(", ", All.Select(s => s.Name))}.", nameof(name));
}
