namespace Assistant.Optimization.Labor;

/// <summary>
/// One day of the labor plan (day 1 is the first): the workforce on the books after the day's hires,
/// and each shift. <see cref="Unassigned"/> people are on the books but on no shift that day.
/// </summary>
public sealed record LaborDay(int Day, int Workforce, int Hires, IReadOnlyList<LaborShiftDay> Shifts)
{
    public int Unassigned => Workforce - Shifts.Sum(shift => shift.Headcount);
}
