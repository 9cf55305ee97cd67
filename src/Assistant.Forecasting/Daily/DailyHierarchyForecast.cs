using Assistant.Forecasting.Hierarchy;

namespace Assistant.Forecasting.Daily;

/// <summary>
/// Daily forecasts for every series of a hierarchy, from <see cref="FirstDay"/> on: each series'
/// own ("base") forecast, which need not add up, and the reconciled ones, which do. Rows follow
/// the hierarchy's row order. <see cref="BaseCoherenceError"/> says how far apart the base
/// forecasts were (packages, largest over rows and days); <see cref="CoherenceError"/> is the
/// same for the reconciled ones (zero up to rounding).
/// </summary>
public sealed record DailyHierarchyForecast(
    SeriesHierarchy Hierarchy,
    DateOnly FirstDay,
    double[][] Base,
    double[][] Reconciled,
    string Model,
    string Method,
    double? ShrinkageIntensity,
    double BaseCoherenceError,
    double CoherenceError,
    int HistoryDaysUsed)
{
    public int Horizon => Reconciled.Length == 0 ? 0 : Reconciled[0].Length;

    /// <summary>The row of a series, by level and key.</summary>
    public int Row(string level, string key)
    {
        foreach (var row in Hierarchy.RowsOf(level))
        {
            if (string.Equals(Hierarchy.Series[row].Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return row;
            }
        }

        throw new ArgumentException($"No series '{key}' in level '{level}'.", nameof(key));
    }
}
