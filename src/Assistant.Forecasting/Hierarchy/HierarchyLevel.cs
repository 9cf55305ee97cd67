namespace Assistant.Forecasting.Hierarchy;

/// <summary>
/// One level of a hierarchy, given as the key each bottom series belongs to at that level: the
/// total is a key that is the same for every bottom series, a state level maps a region-purpose
/// series to its state, a region level maps a lane to its origin region. Bottom series with the
/// same key are summed into one series of the level.
/// </summary>
public sealed record HierarchyLevel<T>(string Name, Func<T, string> Key)
{
    /// <summary>The level with a single series, the sum of everything.</summary>
    public static HierarchyLevel<T> Total(string name = "Total") => new(name, _ => name);
}
