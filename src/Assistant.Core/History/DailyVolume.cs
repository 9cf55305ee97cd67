namespace Assistant.Core.History;

/// <summary>Packages handled on one day.</summary>
public sealed record DailyVolume(DateOnly Date, long Packages);
