namespace Assistant.Optimization.Network;

/// <summary>What a plan brings into a hub, all classes together; <see cref="Utilisation"/> is Throughput / Capacity (null when unlimited or 0).</summary>
public sealed record HubLoad(string Hub, double Throughput, double? Capacity, double? Utilisation);
