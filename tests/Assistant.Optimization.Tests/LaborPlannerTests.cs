using Assistant.Optimization.Labor;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Tests;

public sealed class LaborPlannerTests
{
    private static readonly LaborShift[] DayOnly = [new("Day", 8)];

    private readonly LaborPlanner planner = new(new ContainedSolver());

    // 100 units per labor hour and 20 an hour: one person on an 8-hour shift sorts 800 units for 160.
    private static LaborPlanRequest Request(
        double[][] volume, int headcount, int maxHires = 0, double overtimeRate = 30, double maxOvertime = 0,
        double hireCost = 500, double backlogPenalty = 10, IReadOnlyList<LaborShift>? shifts = null, bool backlogMayRemain = false) =>
        new("SC1", shifts ?? DayOnly, [.. volume.Select(day => (IReadOnlyList<double>)day)], UnitsPerLaborHour: 100, WagePerHour: 20,
            OvertimePerHour: overtimeRate, MaxOvertimeHoursPerWorker: maxOvertime, CurrentHeadcount: headcount, MaxHiresPerDay: maxHires,
            HireCost: hireCost, BacklogPenaltyPerUnit: backlogPenalty, BacklogMayRemainAtEnd: backlogMayRemain);

    [CbcFact]
    public void Headcount_is_the_volume_over_units_per_labor_hour_times_shift_hours_rounded_up()
    {
        // 2,500 units / (100 × 8) = 3.125 → 4 people, 4 × 8 × 20 = 640; 6 of the 10 stay unassigned.
        var plan = planner.Plan(Request([[2500]], headcount: 10));

        Assert.Equal(SolveStatus.Optimal, plan.Status);
        Assert.Equal(640, plan.TotalCost!.Value, 6);
        Assert.Equal(640, plan.WageCost, 6);
        var day = Assert.Single(plan.Days);
        Assert.Equal(4, Assert.Single(day.Shifts).Headcount);
        Assert.Equal(6, day.Unassigned);
        Assert.Equal(2500, day.Shifts[0].UnitsProcessed, 6);
    }

    [CbcFact]
    public void Overtime_covers_a_small_shortfall_when_it_costs_less_than_a_hire()
    {
        // 3 people sort 2,400; the last 100 units take 1 overtime hour at 30: 480 + 30 = 510.
        // A fourth person instead: 640 + 500 hiring = 1,140.
        var plan = planner.Plan(Request([[2500]], headcount: 3, maxHires: 5, overtimeRate: 30, maxOvertime: 2));

        Assert.Equal(SolveStatus.Optimal, plan.Status);
        Assert.Equal(510, plan.TotalCost!.Value, 6);
        Assert.Equal(30, plan.OvertimeCost, 6);
        Assert.Equal(0, plan.HiringCost, 6);
        Assert.Equal(1, plan.Days[0].Shifts[0].OvertimeHours, 6);
        Assert.Equal(3, plan.Days[0].Shifts[0].Headcount);
    }

    [CbcFact]
    public void A_hire_is_made_when_overtime_would_cost_more()
    {
        // Overtime at 400 an hour: 480 + 400 = 880; hiring a fourth person at 100: 640 + 100 = 740.
        var plan = planner.Plan(Request([[2500]], headcount: 3, maxHires: 5, overtimeRate: 400, maxOvertime: 2, hireCost: 100));

        Assert.Equal(740, plan.TotalCost!.Value, 6);
        Assert.Equal(100, plan.HiringCost, 6);
        Assert.Equal(0, plan.OvertimeCost, 6);
        Assert.Equal(1, plan.Days[0].Hires);
        Assert.Equal(4, plan.Days[0].Workforce);
    }

    [CbcFact]
    public void Each_worker_works_one_shift_a_day_so_two_shifts_need_their_own_people()
    {
        // Day and Night, 1,600 units each: 2 people per shift, 4 in all, but only 2 on the books and
        // no overtime: hire 2 at 100. Wages 4 × 160 = 640 + 200 = 840.
        var plan = planner.Plan(Request([[1600, 1600]], headcount: 2, maxHires: 5, hireCost: 100, shifts: [new("Day", 8), new("Night", 8)]));

        Assert.Equal(840, plan.TotalCost!.Value, 6);
        Assert.Equal(2, plan.Days[0].Hires);
        Assert.Equal([2, 2], plan.Days[0].Shifts.Select(shift => shift.Headcount));
    }

    [CbcFact]
    public void A_hiring_limit_leaves_backlog_for_the_next_day()
    {
        // 2,400 units on day 1, 2 people, no hires, no overtime: 1,600 sorted, 800 wait (800 × 1)
        // and one person clears them on day 2. Wages 2 × 160 + 160 = 480; total 1,280.
        var plan = planner.Plan(Request([[2400], [0]], headcount: 2, backlogPenalty: 1));

        Assert.Equal(SolveStatus.Optimal, plan.Status);
        Assert.Equal(1280, plan.TotalCost!.Value, 6);
        Assert.Equal(800, plan.BacklogCost, 6);
        Assert.Equal(800, plan.Days[0].Shifts[0].BacklogAfter, 6);
        Assert.Equal(1, plan.Days[1].Shifts[0].Headcount);
        Assert.Equal(0, plan.Days[1].Shifts[0].BacklogAfter, 6);
        Assert.Contains(plan.Binding, binding => binding.Constraint == "SC1 hires on day 1");
    }

    [CbcFact]
    public void Backlog_is_carried_when_its_penalty_costs_less_than_another_worker()
    {
        // 900 then 700 units, 5 people, 1 a unit of backlog. Two people on day 1 and one on day 2:
        // 480. One a day, 100 waiting overnight: 320 + 100 = 420.
        var plan = planner.Plan(Request([[900], [700]], headcount: 5, backlogPenalty: 1));

        Assert.Equal(420, plan.TotalCost!.Value, 6);
        Assert.Equal(100, plan.BacklogCost, 6);
        Assert.Equal([1, 1], plan.Days.Select(day => day.Shifts[0].Headcount));
        Assert.Equal(100, plan.Days[0].Shifts[0].BacklogAfter, 6);
    }

    [CbcFact]
    public void Backlog_may_remain_after_the_last_shift_when_allowed()
    {
        // 900 units, one day, 1 person on the books, no hires: 800 sorted and 100 left at 1 = 160 + 100.
        var plan = planner.Plan(Request([[900]], headcount: 1, backlogPenalty: 1, backlogMayRemain: true));

        Assert.Equal(260, plan.TotalCost!.Value, 6);
        Assert.Equal(100, plan.Days[0].Shifts[0].BacklogAfter, 6);
    }

    [CbcFact]
    public void Volume_no_workforce_can_clear_is_infeasible_and_says_how_many_hires_are_missing()
    {
        // 2,000 units need 3 people (2.5 rounded up); 1 on the books, no hires allowed, no overtime.
        var plan = planner.Plan(Request([[2000]], headcount: 1));

        Assert.Equal(SolveStatus.Infeasible, plan.Status);
        Assert.False(plan.HasValues);
        Assert.NotNull(plan.Conflict);
        Assert.Contains("SC1 hires on day 1 needs 2 more", plan.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, LaborPlanRequest> Refused => new()
    {
        { "Units per labor hour is 0; it must be more than 0.", Request([[100]], 1) with { UnitsPerLaborHour = 0 } },
        { "Day 1 Day shift has volume -5; volume must be 0 or more units.", Request([[-5]], 1) },
        { "Shift Day lasts 0 hours; it must be more than 0 and at most 24.", Request([[100]], 1, shifts: [new("Day", 0)]) },
        { "Day 2 has volume for 2 shifts but SC1 works 1; give one volume per shift.", Request([[100], [100, 100]], 1) },
        { "Shift Day is listed twice.", Request([[100, 100]], 1, shifts: [new("Day", 8), new("Day", 4)]) },
        { "Headcount (-1) and hires per day (0) cannot be negative.", Request([[100]], -1) },
        { "The labor plan for SC1 needs at least one shift.", Request([[100]], 1, shifts: []) },
        { "The labor plan for SC1 needs the volume of at least one day.", Request([], 1) },
        { "A labor plan needs the sort center it is for.", Request([[100]], 1) with { Site = " " } },
        { "The backlog penalty per unit is -1; it must be 0 or more.", Request([[100]], 1, backlogPenalty: -1) },
        { "The backlog penalty per unit is 1E+300; it must be at most 1,000,000.", Request([[100]], 1, backlogPenalty: 1e300) },
        { "Day 1 Day shift's volume is 1E+27; it must be at most 1,000,000,000.", Request([[1e27]], 1) },
        { "The wage per hour is 1E+30; it must be at most 1,000,000.", Request([[100]], 1) with { WagePerHour = 1e30 } },
        { "Headcount (5000000) and hires per day (0) must each be at most 1,000,000.", Request([[100]], 5_000_000) },
        {
            "Shift Day lasts 20 hours and allows 6 overtime hours a worker: 26 hours in a day; a day has 24.",
            Request([[100]], 1, maxOvertime: 6, shifts: [new("Day", 20)])
        },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_malformed_request_is_refused_before_solving_with_a_message_naming_what_is_wrong(string message, LaborPlanRequest request)
    {
        var error = Assert.Throws<ArgumentException>(() => planner.Plan(request));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
