namespace Assistant.Optimization.Labor;

/// <summary>One shift of one day: people on it, their overtime, units arrived and sorted, and what is left waiting after it.</summary>
public sealed record LaborShiftDay(string Shift, int Headcount, double OvertimeHours, double UnitsArrived, double UnitsProcessed, double BacklogAfter);
