namespace Assistant.Forecasting.Hierarchy;

/// <summary>
/// One series of a hierarchy (one row of the summing matrix): its level, its key within the
/// level, and the columns (bottom series) it sums, in ascending order.
/// </summary>
public sealed record HierarchySeries(string Level, string Key, IReadOnlyList<int> Bottom)
{
    public string Id => $"{Level}/{Key}";
}
