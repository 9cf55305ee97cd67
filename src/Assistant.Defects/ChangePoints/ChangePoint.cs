namespace Assistant.Defects.ChangePoints;

/// <summary>
/// Where a series moved to a new level: the first row at the new level (its timestamp and its
/// index in the series), and the mean level of the stretch before and of the stretch from here on.
/// </summary>
public sealed record ChangePoint(DateTime Timestamp, int Index, double Before, double After);
