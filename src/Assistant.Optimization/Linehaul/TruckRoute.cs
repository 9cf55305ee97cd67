namespace Assistant.Optimization.Linehaul;

/// <summary>
/// One way a demand can travel: its direct lane (<see cref="Via"/> null, one lane) or through a
/// hub (two lanes, the legs From→Via and Via→To). Lanes are positions in the request's list.
/// </summary>
internal sealed record TruckRoute(int Demand, string? Via, IReadOnlyList<int> Lanes);
