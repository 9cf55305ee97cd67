namespace Assistant.Core.Network;

public sealed record Shift(string Name, TimeOnly Start, double Hours);
