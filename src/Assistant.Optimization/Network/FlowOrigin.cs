namespace Assistant.Optimization.Network;

/// <summary>A site goods start from. <paramref name="Capacity"/> bounds the total of every class shipped out; null means unlimited.</summary>
public sealed record FlowOrigin(string Id, double? Capacity);
