using System.Diagnostics;
using Assistant.Optimization.Labor;
using Assistant.Optimization.Solving;

namespace Assistant.Bench;

/// <summary>
/// <c>labor</c>: plans seeded random sort centers (three shifts of 8, 8 and 6 hours; 20,000-120,000
/// units a day with a weekly pattern and noise; 120 units per labor hour; a workforce of 70-100% of
/// the average need, at most 5 hires a day, overtime up to 2 hours a worker at 1.5× the wage,
/// backlog 0.05 a unit a shift) for growing horizons and growing numbers of sites (one model per
/// site, as <see cref="LaborPlanner"/> plans one sort center), with a 60 s limit per site and a 1% gap.
/// Seconds are all the sites' <see cref="LaborPlanner.Plan"/> calls, binding analysis included.
/// </summary>
public static class LaborPlanBenchmark
{
    private const int Seed = 20261202;
    private static readonly double[] Weekday = [1.1, 1.2, 1.1, 1.0, 1.0, 0.7, 0.6];
    private static readonly LaborShift[] Shifts = [new("Day", 8), new("Twilight", 8), new("Night", 6)];
    private static readonly double[] ShiftShare = [0.3, 0.45, 0.25];

    public static int Run(IReadOnlyList<string> args)
    {
        if (args.Count > 0)
        {
            Console.Error.WriteLine("labor takes no arguments.");
            return 2;
        }

        Console.WriteLine($"Labor plan benchmark: {M4Report.Machine()}");
        Console.WriteLine($"Seed {Seed}; 3 shifts; time limit 60 s and relative gap 1% per site.");
        Console.WriteLine();
        Console.WriteLine("| sites | days | variables | constraints | status | worst gap | hires | cost | seconds |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |");
        var planner = new LaborPlanner(new ContainedSolver());
        var options = new SolveOptions { TimeLimit = TimeSpan.FromSeconds(60), RelativeGap = 0.01 };
        foreach (var (sites, days) in new[] { (1, 7), (1, 14), (1, 28), (1, 91), (10, 14), (50, 14) })
        {
            var random = new Random(Seed);
            var plans = new List<LaborPlan>();
            var started = Stopwatch.GetTimestamp();
            for (var s = 0; s < sites; s++)
            {
                plans.Add(planner.Plan(Site($"SC{s + 1}", days, random), options));
            }

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var statuses = plans.Select(plan => plan.Status).Distinct().Select(status => status.ToString());
            var gap = plans.All(plan => plan.Gap is not null) ? plans.Max(plan => plan.Gap!.Value) : (double?)null;
            Console.WriteLine($"| {sites} | {days} | {plans.Sum(plan => plan.Variables):N0} | {plans.Sum(plan => plan.Constraints):N0} | {string.Join(", ", statuses)} | " +
                $"{(gap is { } g ? M4Report.Number(100 * g, 2) + "%" : "–")} | {plans.Sum(plan => plan.Days.Sum(day => day.Hires)):N0} | " +
                $"{M4Report.Number(plans.Sum(plan => plan.TotalCost ?? double.NaN), 0)} | {M4Report.Number(seconds, 2)} |");
        }

        return 0;
    }

    private static LaborPlanRequest Site(string name, int days, Random random)
    {
        const double unitsPerHour = 120;
        var daily = random.Next(20_000, 120_001);
        var start = random.Next(7);
        var volume = Enumerable.Range(0, days).Select(day =>
        {
            var total = daily * Weekday[(start + day) % 7] * (0.85 + 0.3 * random.NextDouble());
            return (IReadOnlyList<double>)[.. ShiftShare.Select(share => Math.Round(total * share))];
        }).ToList();

        // People needed on an average day if every shift were staffed to its own volume.
        var need = ShiftShare.Select((share, s) => daily * share / (unitsPerHour * Shifts[s].Hours)).Sum();
        var headcount = (int)Math.Round(need * (0.7 + 0.3 * random.NextDouble()));
        return new LaborPlanRequest(name, Shifts, volume, unitsPerHour, WagePerHour: 20, OvertimePerHour: 30, MaxOvertimeHoursPerWorker: 2,
            CurrentHeadcount: headcount, MaxHiresPerDay: 5, HireCost: 800, BacklogPenaltyPerUnit: 0.05, BacklogMayRemainAtEnd: true);
    }
}
