namespace Assistant.Optimization.Network;

/// <summary>
/// A site goods pass through. <paramref name="ProcessingCost"/> is paid per unit of each class
/// coming in; <paramref name="Capacity"/> bounds the total of all classes coming in (null = unlimited).
/// </summary>
public sealed record FlowHub(string Id, IReadOnlyDictionary<string, double> ProcessingCost, double? Capacity)
{
    /// <summary>The processing cost of a class; 0 for a class the hub does not list (the loader refuses that case).</summary>
    public double CostOf(string flowClass) => ProcessingCost.GetValueOrDefault(flowClass);

    // Records compare collections by reference; a hub read back from its own JSON must equal it.
    public bool Equals(FlowHub? other) =>
        other is not null
        && Id == other.Id
        && Capacity == other.Capacity
        && FlowCollections.SameEntries(ProcessingCost, other.ProcessingCost);

    public override int GetHashCode() => HashCode.Combine(Id, Capacity, ProcessingCost.Count);
}
