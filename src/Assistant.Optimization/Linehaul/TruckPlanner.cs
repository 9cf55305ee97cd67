using System.Diagnostics;
using System.Globalization;
using Assistant.Optimization.Explanations;
using Assistant.Optimization.Modelling;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Linehaul;

/// <summary>
/// Plans trucks per lane per day at least cost (see <see cref="TruckPlanModel"/> for the model).
/// Lanes that share no volume are solved as separate models, packed in batches
/// (<see cref="IndependentLaneGroups"/>): the optimum is the same, and a 2,000-lane plan becomes
/// many small models instead of one CBC struggles with. A model of one lane is solved exactly by
/// <see cref="SingleLaneLotSizing"/>; every other model's LP relaxation is solved and rounded first
/// (<see cref="RoundedRelaxation"/>), and only models whose rounding is not within the requested gap
/// go to CBC, which share the time left in proportion to their size and may each use what the exact
/// models leave of the whole plan's gap (bench/README.md, "Truck and labor plans").
/// </summary>
public sealed class TruckPlanner(ISolver solver)
{
    /// <summary>
    /// Lane-days per model when packing independent pieces together (a piece is never split). The
    /// default, 1, solves every piece on its own, so that single lanes get the exact dynamic
    /// programme and every model's gap is its own; larger values are for comparing with one model.
    /// </summary>
    public int LaneDaysPerModel { get; init; } = 1;

    /// <summary>
    /// Whether to add the lot-sizing cuts that tighten the relaxation (see <see cref="TruckPlanModel"/>);
    /// off only to measure what they buy.
    /// </summary>
    public bool IntervalCuts { get; init; } = true;

    /// <summary>Whether to find the binding limits and their shadow prices (one extra LP per model).</summary>
    public bool FindBinding { get; init; } = true;

    /// <exception cref="ArgumentException">The request is malformed, or a pair has no route (the message names it).</exception>
    public TruckPlan Plan(TruckPlanRequest request, SolveOptions? options = null)
    {
        TruckPlanInputChecks.Check(request);
        options ??= SolveOptions.Default;
        var routes = DemandRoutes.Find(request);
        var batches = IndependentLaneGroups.Split(request, routes, Math.Max(1, LaneDaysPerModel));
        var models = batches.Select((batch, i) => TruckPlanModel.Build(request, routes, batch, i + 1, IntervalCuts)).ToList();

        var clock = Stopwatch.StartNew();
        var solutions = new Solution?[models.Count];

        // First every single lane exactly (a dynamic programme) and every other model's relaxation,
        // rounded (Clp solves run side by side); branch and cut only for the models whose rounding
        // is not within the gap.
        Parallel.For(0, models.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            // A batch with no volume has nothing to decide; solvers are not asked about empty models.
            solutions[i] = models[i].Model.Variables.Count == 0
                ? new Solution(models[i].Model, SolveStatus.Optimal, 0, 0, "nothing to plan", [], [], null, null)
                : SingleLaneLotSizing.TrySolve(request, models[i])
                    ?? RoundedRelaxation.Solve(solver, models[i].Model, options with { TimeLimit = Left(options, clock) });
        });

        var rounded = solutions.ToArray();
        var waiting = Enumerable.Range(0, models.Count).Where(i => solutions[i] is not { Gap: { } gap } || gap > options.RelativeGap).ToList();
        var sizeLeft = (double)waiting.Sum(i => models[i].Model.Variables.Count);
        foreach (var i in waiting)
        {
            // The time left is shared in proportion to size, so a big piece is not starved by many small ones.
            var variables = models[i].Model.Variables.Count;
            var share = Left(options, clock) is { } left ? options with { TimeLimit = left * (variables / sizeLeft) } : options;
            sizeLeft -= variables;
            var target = share with { RelativeGap = GapTarget(options.RelativeGap, solutions, rounded, waiting, i) };
            solutions[i] = Better(solver.Solve(models[i].Model, target), rounded[i]);
        }

        var solved = solutions.Select(solution => solution!).ToArray();
        var status = Combined(solved.Select(solution => solution.Status).ToList());
        var size = (Models: models.Count, Variables: models.Sum(m => m.Model.Variables.Count), Constraints: models.Sum(m => m.Model.Constraints.Count));
        if (solved.Any(solution => !solution.HasValues))
        {
            var conflict = status == SolveStatus.Infeasible ? Explain(models, solved, options) : null;
            var message = status switch
            {
                SolveStatus.Infeasible => $"No truck plan carries all the volume. {conflict?.Summary}",
                SolveStatus.TimeLimitNoSolution => "No truck plan was found within the time limit.",
                SolveStatus.Cancelled => "The truck plan was cancelled before a plan was found.",
                _ => $"The solver could not make a truck plan ({status}).",
            };
            return new TruckPlan(status, null, 0, 0, 0, null, [], [], [], [], conflict, message)
            { Models = size.Models, Variables = size.Variables, Constraints = size.Constraints };
        }

        return Answer(request, models, solved, status, size);
    }

    /// <summary>
    /// The gap requested is over the whole plan, and the pieces solved exactly (most lanes) use none
    /// of it, so a model still to solve may stop at a wider gap of its own as long as the whole stays
    /// within: with O and G the cost and gap (cost − bound) of the models done, and U the rounded
    /// cost of the models left (an upper estimate of their cost), each model left may use
    /// (g (O + U) − G) / U, never less than g. The plan's reported gap is computed from what was
    /// found, not from this target.
    /// </summary>
    private static double GapTarget(double requested, Solution?[] solutions, Solution?[] rounded, List<int> waiting, int current)
    {
        var left = waiting.SkipWhile(i => i != current).ToList();
        if (requested <= 0 || left.Any(i => rounded[i]?.Objective is null))
        {
            return requested;
        }

        double done = 0, doneGap = 0;
        for (var i = 0; i < solutions.Length; i++)
        {
            if (!left.Contains(i) && solutions[i] is { Objective: { } objective } solution)
            {
                done += objective;
                doneGap += objective - (solution.BestBound ?? objective);
            }
        }

        var estimate = left.Sum(i => rounded[i]!.Objective!.Value);
        return estimate <= 0 ? requested : Math.Clamp((requested * (done + estimate) - doneGap) / estimate, requested, 0.5);
    }

    /// <summary>
    /// CBC's answer or the rounded relaxation, whichever costs less, with the better of their bounds:
    /// a search stopped by its time share may not have found the rounded plan again, and the rounded
    /// plan is all there is when CBC found nothing in its share.
    /// </summary>
    private static Solution Better(Solution searched, Solution? rounded)
    {
        if (rounded?.Objective is not { } roundedCost || searched.Status is SolveStatus.Infeasible or SolveStatus.Unbounded or SolveStatus.Error or SolveStatus.Cancelled)
        {
            return searched;
        }

        var bound = Math.Max(rounded.BestBound ?? double.NegativeInfinity, searched.HasValues ? searched.BestBound ?? double.NegativeInfinity : double.NegativeInfinity);
        var best = searched.Objective is { } searchedCost && searched.HasValues && searchedCost <= roundedCost ? searched : rounded;
        var cost = best.Objective!.Value;
        if (bound >= cost - 1e-9 * Math.Max(1, Math.Abs(cost)))
        {
            bound = cost;
        }

        var model = best.Model;
        return new Solution(model, bound == cost ? SolveStatus.Optimal : SolveStatus.Feasible, cost, bound, best.Detail,
            [.. model.Variables.Select(best.Value)], [.. model.Constraints.Select(best.Activity)], null, null);
    }

    private static TimeSpan? Left(SolveOptions options, Stopwatch clock) =>
        options.TimeLimit is { } limit ? TimeSpan.FromTicks(Math.Max(0, (limit - clock.Elapsed).Ticks)) : null;

    private TruckPlan Answer(TruckPlanRequest request, List<TruckPlanModel> models, Solution[] solutions, SolveStatus status, (int Models, int Variables, int Constraints) size)
    {
        var lanes = new TruckLanePlan?[request.Lanes.Count];
        var carried = new CarryOver?[request.Demands.Count];
        var routes = new List<(int Demand, RouteVolume Volume)>();
        double truckCost = 0, carryCost = 0, handlingCost = 0, bound = 0;
        for (var m = 0; m < models.Count; m++)
        {
            var (model, solution) = (models[m], solutions[m]);
            truckCost += solution.Value(model.TruckCost);
            carryCost += solution.Value(model.CarryOverCost);
            handlingCost += solution.Value(model.HandlingCost);
            bound += solution.BestBound ?? solution.Objective!.Value;
            var volume = model.Batch.Lanes.ToDictionary(lane => lane, _ => new double[request.Days]);
            foreach (var (route, sent) in model.Sent)
            {
                var perDay = sent.Select(variable => variable is null ? 0 : Clean(solution.Value(variable))).ToArray();
                foreach (var lane in route.Lanes)
                {
                    for (var t = 0; t < request.Days; t++)
                    {
                        volume[lane][t] += perDay[t];
                    }
                }

                if (perDay.Sum() > 0 || route.Via is null)
                {
                    var demand = request.Demands[route.Demand];
                    routes.Add((route.Demand, new RouteVolume(demand.From, demand.To, route.Via, perDay)));
                }
            }

            foreach (var lane in model.Batch.Lanes)
            {
                var info = request.Lanes[lane];
                var days = Enumerable.Range(0, request.Days).Select(t =>
                {
                    var trucks = model.Trucks[lane][t] is { } variable ? (int)Math.Round(solution.Value(variable)) : 0;
                    var fill = trucks > 0 ? volume[lane][t] / (trucks * info.TrailerCapacity) : 0;
                    return new TruckLaneDay(t + 1, trucks, volume[lane][t], fill);
                }).ToList();
                lanes[lane] = new TruckLanePlan(info.Id, info.From, info.To, info.TrailerCapacity, days);
            }

            foreach (var demand in model.Batch.Demands)
            {
                var pair = request.Demands[demand];
                var waiting = model.Waiting.TryGetValue(demand, out var variables)
                    ? variables.Select(variable => Clean(solution.Value(variable))).ToArray()
                    : new double[request.Days];
                carried[demand] = new CarryOver(pair.From, pair.To, waiting);
            }
        }

        var total = truckCost + carryCost + handlingCost;
        var gap = Math.Abs(total - bound) < 1e-9 ? 0 : Math.Abs(total - bound) / Math.Max(Math.Abs(total), 1e-9);
        var binding = FindBinding ? Binding(models, solutions) : [];
        var plan = new TruckPlan(
            status, total, truckCost, carryCost, handlingCost, gap,
            [.. lanes.Select(lane => lane!)],
            [.. carried.Select(carry => carry!).Where(carry => carry.PackageDays > 0)],
            [.. routes.OrderBy(route => route.Demand).ThenBy(route => route.Volume.Via is not null).Select(route => route.Volume)],
            binding,
            null,
            "")
        { Models = size.Models, Variables = size.Variables, Constraints = size.Constraints };
        return plan with { Message = Describe(plan, request) };
    }

    private List<BindingConstraint> Binding(List<TruckPlanModel> models, Solution[] solutions)
    {
        // Balances always hold with equality and say nothing a planner can act on; the limits
        // (trucks at a lane's maximum, full trailers, volume that had to be gone) do.
        var found = new IReadOnlyList<BindingConstraint>[models.Count];
        Parallel.For(0, models.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, m =>
            found[m] = new BindingAnalysis(solver).Find(models[m].Model, solutions[m]));
        var cuts = models.SelectMany(model => model.Cuts.Select(cut => cut.Name)).ToHashSet(StringComparer.Ordinal);
        return [.. found.SelectMany(list => list).Where(binding => binding.Sense != ConstraintSense.Equal && !cuts.Contains(binding.Constraint))];
    }

    /// <summary>
    /// Explains the infeasible batches: first by letting the lanes' truck limits grow (what a planner
    /// can change: "lane SEA4-GEG1 trucks on day 3 needs 2 more"); if that cannot help, by letting
    /// volume wait past the last day.
    /// </summary>
    private InfeasibilityReport Explain(List<TruckPlanModel> models, Solution[] solutions, SolveOptions options)
    {
        var relaxation = new ElasticRelaxation(solver);
        var reports = new List<InfeasibilityReport>();
        for (var m = 0; m < models.Count; m++)
        {
            if (solutions[m].Status != SolveStatus.Infeasible)
            {
                continue;
            }

            var limits = models[m].TruckLimits.ToHashSet();
            var report = relaxation.Explain(models[m].Model, limits.Contains, options with { TimeLimit = null });
            if (!report.Explained || report.Violations.Count == 0)
            {
                var ends = models[m].AllSentByTheEnd.ToHashSet();
                report = relaxation.Explain(models[m].Model, constraint => limits.Contains(constraint) || ends.Contains(constraint), options with { TimeLimit = null });
            }

            reports.Add(report);
        }

        if (reports.Count == 1)
        {
            return reports[0];
        }

        var violations = reports.SelectMany(report => report.Violations).ToList();
        var explained = reports.All(report => report.Explained);
        var summary = explained
            ? string.Create(CultureInfo.InvariantCulture, $"To make the plan feasible: {string.Join("; ", violations.Select(violation => violation.Description))}.")
            : string.Join(" ", reports.Select(report => report.Summary).Distinct());
        return new InfeasibilityReport(explained, violations, violations.Sum(violation => violation.Amount), summary);
    }

    private static SolveStatus Combined(IReadOnlyList<SolveStatus> statuses)
    {
        SolveStatus[] worstFirst = [SolveStatus.Error, SolveStatus.Unbounded, SolveStatus.Infeasible, SolveStatus.Cancelled, SolveStatus.TimeLimitNoSolution, SolveStatus.Feasible];
        return worstFirst.FirstOrDefault(statuses.Contains, SolveStatus.Optimal);
    }

    private static string Describe(TruckPlan plan, TruckPlanRequest request)
    {
        var how = plan.Status == SolveStatus.Optimal ? "Optimal truck plan" : string.Create(CultureInfo.InvariantCulture, $"Truck plan within {plan.Gap:P1} of the optimum");
        var waiting = plan.CarriedOver.Sum(carry => carry.PackageDays);
        return string.Create(CultureInfo.InvariantCulture,
            $"{how}: {plan.TotalTrucks:N0} trucks on {plan.Lanes.Count(lane => lane.TotalTrucks > 0):N0} lanes over {request.Days} days, cost {plan.TotalCost:N0} " +
            $"(trucks {plan.TruckCost:N0}, carry-over {plan.CarryOverCost:N0} for {waiting:N0} package-days, consolidation handling {plan.HandlingCost:N0}).");
    }

    // Solver values a hair off zero or off a whole package are noise, not volume.
    private static double Clean(double value) => Math.Abs(value - Math.Round(value)) < 1e-6 ? Math.Round(value) : Math.Max(0, value);
}
