namespace Assistant.Optimization.Network;

/// <summary>Value equality of the collections inside the network records (records only compare references).</summary>
internal static class FlowCollections
{
    public static bool SameEntries(IReadOnlyDictionary<string, double> left, IReadOnlyDictionary<string, double> right) =>
        left.Count == right.Count
        && left.All(entry => right.TryGetValue(entry.Key, out var value) && value.Equals(entry.Value));

    public static bool SameItems<T>(IReadOnlyList<T> left, IReadOnlyList<T> right) =>
        left.Count == right.Count && left.SequenceEqual(right);

    /// <summary>A dictionary keyed by class names, which match ignoring case like every id.</summary>
    public static IReadOnlyDictionary<string, double> ByClass(IEnumerable<KeyValuePair<string, double>> entries) =>
        new Dictionary<string, double>(entries, StringComparer.OrdinalIgnoreCase);
}
