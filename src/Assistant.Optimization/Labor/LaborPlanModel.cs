using Assistant.Optimization.Modelling;

namespace Assistant.Optimization.Labor;

/// <summary>
/// The mixed-integer labor model of one sort center, day d and shift s:
/// <list type="bullet">
/// <item>hires[d] integer ≥ 0, at most MaxHiresPerDay (a named constraint, so an infeasible plan can
/// say how many more hires a day needs); workforce W[d] = CurrentHeadcount + Σ hires up to d
/// (nobody is let go: people not needed stay on the books, unassigned);</item>
/// <item>headcount[d, s] integer ≥ 0 with Σ_s headcount[d, s] ≤ W[d]: each worker works at most one
/// shift a day;</item>
/// <item>overtime[d, s] ≤ MaxOvertimeHoursPerWorker × headcount[d, s];</item>
/// <item>processed[d, s] ≤ UPH × (hours_s × headcount[d, s] + overtime[d, s]);</item>
/// <item>backlog after a shift = backlog before it + units arriving − processed ≥ 0, flowing shift
/// to shift and from the last shift of a day to the first of the next; zero after the very last
/// shift unless allowed.</item>
/// </list>
/// Cost = wage × hours × headcount + overtime rate × overtime + hire cost × hires + penalty × Σ
/// backlog after every shift. Only people on a shift are paid: the unassigned cost nothing here,
/// which is right for flexible and part-time labor and understates a salaried workforce's cost.
/// </summary>
internal sealed class LaborPlanModel
{
    private LaborPlanModel(LaborPlanRequest request)
    {
        Model = new Model($"labor plan {request.Site}");
        int days = request.Days, shifts = request.Shifts.Count;
        Hires = new Variable[days];
        Headcount = new Variable[days, shifts];
        Overtime = new Variable[days, shifts];
        Processed = new Variable[days, shifts];
        Backlog = new Variable[days, shifts];
    }

    public Model Model { get; }

    public Variable[] Hires { get; }

    public Variable[,] Headcount { get; }

    public Variable[,] Overtime { get; }

    public Variable[,] Processed { get; }

    public Variable[,] Backlog { get; }

    public List<Constraint> HiringLimits { get; } = [];

    public Constraint? ClearedByTheEnd { get; private set; }

    public LinearExpression WageCost { get; private set; } = LinearExpression.Zero;

    public LinearExpression OvertimeCost { get; private set; } = LinearExpression.Zero;

    public LinearExpression HiringCost { get; private set; } = LinearExpression.Zero;

    public LinearExpression BacklogCost { get; private set; } = LinearExpression.Zero;

    public static LaborPlanModel Build(LaborPlanRequest request)
    {
        var built = new LaborPlanModel(request);
        built.Create(request);
        return built;
    }

    private void Create(LaborPlanRequest request)
    {
        var site = request.Site;
        int days = request.Days, shifts = request.Shifts.Count;
        var total = request.Volume.Sum(row => row.Sum());
        var arrived = 0.0;
        var backlogBefore = LinearExpression.Zero;
        for (var d = 0; d < days; d++)
        {
            var day = $"day {d + 1}";
            Hires[d] = Model.AddInteger($"{site} hires on {day}");
            HiringLimits.Add(Model.AddConstraint($"{site} hires on {day}", Hires[d] <= request.MaxHiresPerDay));
            for (var s = 0; s < shifts; s++)
            {
                var shift = request.Shifts[s];
                var when = $"{day} {shift.Name} shift";
                arrived += request.Volume[d][s];

                // More people than it takes to sort everything arrived so far, without overtime, only add cost.
                var enough = Math.Ceiling(arrived / (request.UnitsPerLaborHour * shift.Hours) - 1e-9);
                Headcount[d, s] = Model.AddInteger($"{site} headcount {when}", 0, enough);
                Overtime[d, s] = Model.AddContinuous($"{site} overtime hours {when}");
                Processed[d, s] = Model.AddContinuous($"{site} units sorted {when}", 0, arrived);
                Backlog[d, s] = Model.AddContinuous($"{site} backlog after {when}", 0, Math.Min(arrived, total));
                Model.AddConstraint($"{site} overtime limit {when}", Overtime[d, s] - request.MaxOvertimeHoursPerWorker * Headcount[d, s] <= 0);
                Model.AddConstraint(
                    $"{site} sorting capacity {when}",
                    Processed[d, s] - request.UnitsPerLaborHour * shift.Hours * Headcount[d, s] - request.UnitsPerLaborHour * Overtime[d, s] <= 0);
                Model.AddConstraint($"{site} backlog balance {when}", (Backlog[d, s] - backlogBefore + Processed[d, s]).EqualTo(request.Volume[d][s]));
                backlogBefore = Backlog[d, s];
            }

            Model.AddConstraint(
                $"{site} workforce on {day}",
                LinearExpression.Sum(Enumerable.Range(0, shifts).Select(s => (LinearExpression)Headcount[d, s])) - LinearExpression.Sum(Hires.Take(d + 1)) <= request.CurrentHeadcount);
        }

        if (!request.BacklogMayRemainAtEnd)
        {
            ClearedByTheEnd = Model.AddConstraint($"{site} backlog cleared by the end of day {days}", Backlog[days - 1, shifts - 1] <= 0);
        }

        var cells = (from d in Enumerable.Range(0, days) from s in Enumerable.Range(0, shifts) select (d, s)).ToList();
        WageCost = LinearExpression.Sum(cells.Select(c => request.WagePerHour * request.Shifts[c.s].Hours * Headcount[c.d, c.s]));
        OvertimeCost = request.OvertimePerHour * LinearExpression.Sum(cells.Select(c => Overtime[c.d, c.s]));
        HiringCost = request.HireCost * LinearExpression.Sum(Hires);
        BacklogCost = request.BacklogPenaltyPerUnit * LinearExpression.Sum(cells.Select(c => Backlog[c.d, c.s]));
        Model.Minimize(LinearExpression.Sum(WageCost, OvertimeCost, HiringCost, BacklogCost));
    }
}
