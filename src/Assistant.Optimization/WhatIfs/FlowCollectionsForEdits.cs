namespace Assistant.Optimization.WhatIfs;

/// <summary>Copies of the per-class maps with some values changed, keyed ignoring case like the originals.</summary>
internal static class FlowCollectionsForEdits
{
    public static IReadOnlyDictionary<string, double> Map(IReadOnlyDictionary<string, double> values, Func<string, double, double> change) =>
        new Dictionary<string, double>(values.Select(entry => KeyValuePair.Create(entry.Key, change(entry.Key, entry.Value))), StringComparer.OrdinalIgnoreCase);
}
