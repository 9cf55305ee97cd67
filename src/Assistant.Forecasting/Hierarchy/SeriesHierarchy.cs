namespace Assistant.Forecasting.Hierarchy;

/// <summary>
/// A hierarchy (or grouped structure) of series that add up: the bottom series, and for each
/// level the sums of bottom series sharing a key. It is the summing matrix S of Hyndman et al.
/// (rows: every series, level by level; columns: the bottom series) kept as index lists, because
/// S is almost all zeros and every use of it here is a sum over a row's bottom series. Crossed
/// structures (state × purpose next to region) are just more levels; nothing requires one level
/// to nest inside another.
/// </summary>
public sealed class SeriesHierarchy
{
    private SeriesHierarchy(IReadOnlyList<string> bottomKeys, IReadOnlyList<HierarchySeries> series, IReadOnlyList<(string Name, int First, int Count)> levels)
    {
        BottomKeys = bottomKeys;
        Series = series;
        Levels = levels;
    }

    /// <summary>The bottom series' keys, in column order.</summary>
    public IReadOnlyList<string> BottomKeys { get; }

    /// <summary>Every series, in row order: the levels as given, then the bottom level.</summary>
    public IReadOnlyList<HierarchySeries> Series { get; }

    /// <summary>Each level's name and its rows (first row, number of rows), top level first.</summary>
    public IReadOnlyList<(string Name, int First, int Count)> Levels { get; }

    public int Count => Series.Count;

    public int BottomCount => BottomKeys.Count;

    /// <summary>
    /// The hierarchy over <paramref name="bottom"/>: the aggregate levels in the order given, each
    /// series within a level in order of first appearance among the bottom series, then the bottom
    /// level named <paramref name="bottomLevel"/>, whose keys must be distinct.
    /// </summary>
    public static SeriesHierarchy Create<T>(IReadOnlyList<T> bottom, string bottomLevel, Func<T, string> bottomKey, IEnumerable<HierarchyLevel<T>> aggregateLevels)
    {
        ArgumentNullException.ThrowIfNull(bottom);
        if (bottom.Count == 0)
        {
            throw new ArgumentException("A hierarchy needs at least one bottom series.", nameof(bottom));
        }

        var keys = bottom.Select(bottomKey).ToArray();
        var duplicate = keys.GroupBy(k => k, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Bottom key '{duplicate.Key}' names {duplicate.Count()} series; each bottom series needs its own key.", nameof(bottomKey));
        }

        var series = new List<HierarchySeries>();
        var levels = new List<(string, int, int)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var level in aggregateLevels.Append(new HierarchyLevel<T>(bottomLevel, bottomKey)))
        {
            if (!names.Add(level.Name))
            {
                throw new ArgumentException($"Level '{level.Name}' is given twice.", nameof(aggregateLevels));
            }

            var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var order = new List<string>();
            for (var j = 0; j < bottom.Count; j++)
            {
                var key = level.Key(bottom[j]);
                if (!groups.TryGetValue(key, out var members))
                {
                    groups[key] = members = [];
                    order.Add(key);
                }

                members.Add(j);
            }

            levels.Add((level.Name, series.Count, order.Count));
            series.AddRange(order.Select(key => new HierarchySeries(level.Name, key, groups[key])));
        }

        return new SeriesHierarchy(keys, series, levels);
    }

    /// <summary>The summing matrix S as a dense array (rows × bottom series), for inspection and tests.</summary>
    public double[,] SummingMatrix()
    {
        var s = new double[Count, BottomCount];
        for (var i = 0; i < Count; i++)
        {
            foreach (var j in Series[i].Bottom)
            {
                s[i, j] = 1;
            }
        }

        return s;
    }

    /// <summary>
    /// Every series from the bottom ones, S·b for each time step: <paramref name="bottom"/> holds
    /// one array per bottom series (all the same length); the result one array per row.
    /// </summary>
    public double[][] Aggregate(IReadOnlyList<double[]> bottom)
    {
        if (bottom.Count != BottomCount)
        {
            throw new ArgumentException($"{bottom.Count} bottom series for a hierarchy of {BottomCount}.", nameof(bottom));
        }

        var length = bottom[0].Length;
        if (bottom.Any(b => b.Length != length))
        {
            throw new ArgumentException("The bottom series differ in length.", nameof(bottom));
        }

        var result = new double[Count][];
        for (var i = 0; i < Count; i++)
        {
            var sum = new double[length];
            foreach (var j in Series[i].Bottom)
            {
                var b = bottom[j];
                for (var t = 0; t < length; t++)
                {
                    sum[t] += b[t];
                }
            }

            result[i] = sum;
        }

        return result;
    }

    /// <summary>
    /// How far a set of forecasts (one array per row) is from adding up: the largest
    /// |ŷ_i − Σ_{j under i} ŷ_j| over rows and periods, with the bottom rows' own forecasts as the
    /// parts. Zero (up to rounding) for coherent forecasts.
    /// </summary>
    public double CoherenceError(IReadOnlyList<double[]> forecasts)
    {
        CheckRows(forecasts, nameof(forecasts));
        var bottomFirst = Count - BottomCount;
        var worst = 0.0;
        for (var i = 0; i < bottomFirst; i++)
        {
            var row = forecasts[i];
            for (var t = 0; t < row.Length; t++)
            {
                var sum = 0.0;
                foreach (var j in Series[i].Bottom)
                {
                    sum += forecasts[bottomFirst + j][t];
                }

                worst = Math.Max(worst, Math.Abs(row[t] - sum));
            }
        }

        return worst;
    }

    /// <summary>The rows of one level.</summary>
    public IEnumerable<int> RowsOf(string level)
    {
        var (_, first, count) = Levels.FirstOrDefault(l => l.Name == level);
        return count == 0
            ? throw new ArgumentException($"No level '{level}'. Levels: {string.Join(", ", Levels.Select(l => l.Name))}.", nameof(level))
            : Enumerable.Range(first, count);
    }

    internal void CheckRows<TRow>(IReadOnlyList<TRow> rows, string name)
    {
        if (rows.Count != Count)
        {
            throw new ArgumentException($"{rows.Count} rows for a hierarchy of {Count} series.", name);
        }
    }
}
