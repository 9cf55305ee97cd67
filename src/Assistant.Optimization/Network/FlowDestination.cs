namespace Assistant.Optimization.Network;

/// <summary>A site whose demand must be met, per class; a class it does not list has no demand there.</summary>
public sealed record FlowDestination(string Id, IReadOnlyDictionary<string, double> Demand)
{
    public double DemandOf(string flowClass) => Demand.GetValueOrDefault(flowClass);

    // Records compare collections by reference; a destination read back from its own JSON must equal it.
    public bool Equals(FlowDestination? other) =>
        other is not null && Id == other.Id && FlowCollections.SameEntries(Demand, other.Demand);

    public override int GetHashCode() => HashCode.Combine(Id, Demand.Count);
}
