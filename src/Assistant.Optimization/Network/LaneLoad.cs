namespace Assistant.Optimization.Network;

/// <summary>The total of all classes a plan puts on a lane; <see cref="Utilisation"/> is Total / Capacity (null when unlimited or 0).</summary>
public sealed record LaneLoad(string From, string To, double Total, double? Capacity, double? Utilisation);
