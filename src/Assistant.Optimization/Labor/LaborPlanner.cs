using System.Globalization;
using Assistant.Optimization.Explanations;
using Assistant.Optimization.Modelling;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Labor;

/// <summary>
/// Plans a sort center's headcount per shift per day, overtime and hiring at least cost (see
/// <see cref="LaborPlanModel"/> for the model and what it assumes). When no plan clears the volume,
/// the conflict is explained by letting the daily hiring limits grow, the lever a planner has; if
/// that cannot help, by letting backlog remain at the end.
/// </summary>
public sealed class LaborPlanner(ISolver solver)
{
    /// <exception cref="ArgumentException">The request is malformed (the message says which figure).</exception>
    public LaborPlan Plan(LaborPlanRequest request, SolveOptions? options = null)
    {
        LaborPlanInputChecks.Check(request);
        options ??= SolveOptions.Default;
        var built = LaborPlanModel.Build(request);
        var model = built.Model;
        var solution = solver.Solve(model, options);
        if (!solution.HasValues)
        {
            var conflict = solution.Status == SolveStatus.Infeasible ? Explain(built, options) : null;
            var message = solution.Status switch
            {
                SolveStatus.Infeasible => $"No labor plan for {request.Site} sorts all the volume. {conflict?.Summary}",
                SolveStatus.TimeLimitNoSolution => $"No labor plan for {request.Site} was found within the time limit.",
                SolveStatus.Cancelled => $"The labor plan for {request.Site} was cancelled before a plan was found.",
                _ => $"The solver could not make a labor plan for {request.Site} ({solution.Status}).",
            };
            return new LaborPlan(solution.Status, null, 0, 0, 0, 0, null, [], [], conflict, message)
            { Variables = model.Variables.Count, Constraints = model.Constraints.Count };
        }

        var days = new List<LaborDay>(request.Days);
        var workforce = request.CurrentHeadcount;
        for (var d = 0; d < request.Days; d++)
        {
            var hires = Whole(solution.Value(built.Hires[d]));
            workforce += hires;
            var shifts = request.Shifts.Select((shift, s) => new LaborShiftDay(
                shift.Name,
                Whole(solution.Value(built.Headcount[d, s])),
                Clean(solution.Value(built.Overtime[d, s])),
                request.Volume[d][s],
                Clean(solution.Value(built.Processed[d, s])),
                Clean(solution.Value(built.Backlog[d, s])))).ToList();
            days.Add(new LaborDay(d + 1, workforce, hires, shifts));
        }

        // Balances always hold with equality and tell a planner nothing; the limits do.
        var binding = new BindingAnalysis(solver).Find(model, solution).Where(b => b.Sense != ConstraintSense.Equal).ToList();
        var plan = new LaborPlan(
            solution.Status, solution.Objective, solution.Value(built.WageCost), solution.Value(built.OvertimeCost),
            solution.Value(built.HiringCost), solution.Value(built.BacklogCost), solution.Gap, days, binding, null, "")
        { Variables = model.Variables.Count, Constraints = model.Constraints.Count };
        return plan with { Message = Describe(plan, request) };
    }

    private InfeasibilityReport Explain(LaborPlanModel built, SolveOptions options)
    {
        var relaxation = new ElasticRelaxation(solver);
        var limits = built.HiringLimits.ToHashSet();
        var report = relaxation.Explain(built.Model, limits.Contains, options with { TimeLimit = null });
        return report.Explained && report.Violations.Count > 0
            ? report
            : relaxation.Explain(built.Model, constraint => limits.Contains(constraint) || constraint == built.ClearedByTheEnd, options with { TimeLimit = null });
    }

    private static string Describe(LaborPlan plan, LaborPlanRequest request)
    {
        var how = plan.Status == SolveStatus.Optimal ? "Optimal labor plan" : string.Create(CultureInfo.InvariantCulture, $"Labor plan within {plan.Gap:P1} of the optimum");
        var peak = plan.Days.Max(day => day.Shifts.Sum(shift => shift.Headcount));
        return string.Create(CultureInfo.InvariantCulture,
            $"{how} for {request.Site} over {request.Days} days: {plan.Days.Sum(day => day.Hires)} hires, up to {peak} people a day on shifts, " +
            $"{plan.Days.Sum(day => day.Shifts.Sum(shift => shift.OvertimeHours)):N0} overtime hours; cost {plan.TotalCost:N0} " +
            $"(wages {plan.WageCost:N0}, overtime {plan.OvertimeCost:N0}, hiring {plan.HiringCost:N0}, backlog {plan.BacklogCost:N0}).");
    }

    private static int Whole(double value) => (int)Math.Round(value);

    // Solver values a hair off a whole number are noise.
    private static double Clean(double value) => Math.Abs(value - Math.Round(value)) < 1e-6 ? Math.Round(value) : Math.Max(0, value);
}
