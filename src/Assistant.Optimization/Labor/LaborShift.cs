namespace Assistant.Optimization.Labor;

/// <summary>A shift of the sort center's day (Day, Twilight, Night), paid for <see cref="Hours"/> per person.</summary>
public sealed record LaborShift(string Name, double Hours);
