namespace Assistant.Optimization.Network;

/// <summary>What a plan ships out of an origin, all classes together; <see cref="Utilisation"/> is Shipped / Capacity (null when unlimited or 0).</summary>
public sealed record OriginLoad(string Origin, double Shipped, double? Capacity, double? Utilisation);
