namespace Assistant.Core.History;

/// <summary>The share of a sort center's daily volume that it sorts in one hour of the day (0-23); shares sum to 1.</summary>
public sealed record HourShare(int Hour, double Share);
