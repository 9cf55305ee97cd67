namespace Assistant.Optimization.Labor;

/// <summary>
/// A labor plan to make for one sort center. <c>Volume[d][s]</c> is the units arriving to be
/// sorted in shift s of day d (day 1 is <c>Volume[0]</c>, shifts in the order of <see cref="Shifts"/>).
/// One worker sorts <see cref="UnitsPerLaborHour"/> units an hour, regular or overtime, and works
/// at most one shift a day. Units not sorted in their shift wait for the next at
/// <see cref="BacklogPenaltyPerUnit"/> per unit per shift; they must all be sorted by the end of the
/// last shift unless <see cref="BacklogMayRemainAtEnd"/>.
/// </summary>
public sealed record LaborPlanRequest(
    string Site,
    IReadOnlyList<LaborShift> Shifts,
    IReadOnlyList<IReadOnlyList<double>> Volume,
    double UnitsPerLaborHour,
    double WagePerHour,
    double OvertimePerHour,
    double MaxOvertimeHoursPerWorker,
    int CurrentHeadcount,
    int MaxHiresPerDay,
    double HireCost,
    double BacklogPenaltyPerUnit,
    bool BacklogMayRemainAtEnd = false)
{
    public int Days => Volume.Count;
}
