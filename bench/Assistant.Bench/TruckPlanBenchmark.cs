using System.Diagnostics;
using Assistant.Optimization.Linehaul;
using Assistant.Optimization.Solving;

namespace Assistant.Bench;

/// <summary>
/// <c>truckplan [lanes...]</c>: plans seeded random truck plans (<see cref="RandomTruckPlan"/>) of
/// 50, 200, 500, 1,000 and 2,000 lanes over 14 days with a 60 s time limit and a 1% gap, and prints
/// one markdown row per size. Seconds are the whole <see cref="TruckPlanner.Plan"/> call: finding
/// routes, splitting and building the models, the solves and the binding analysis.
/// </summary>
public static class TruckPlanBenchmark
{
    private const int Seed = 20261202;
    private const int Days = 14;

    public static int Run(IReadOnlyList<string> args)
    {
        var sizes = args.Count == 0 ? [50, 200, 500, 1000, 2000] : args.Select(arg => int.Parse(arg, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Console.WriteLine($"Truck plan benchmark: {M4Report.Machine()}");
        Console.WriteLine($"Seed {Seed}; {Days} days; time limit 60 s, relative gap 1%.");
        Console.WriteLine();
        Console.WriteLine("| lanes | days | pairs | hub routes | models | variables | constraints | status | gap | trucks | cost | seconds |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |");
        var planner = new TruckPlanner(new ContainedSolver());
        var options = new SolveOptions { TimeLimit = TimeSpan.FromSeconds(60), RelativeGap = 0.01 };
        foreach (var lanes in sizes)
        {
            var request = new RandomTruckPlan(lanes, Days).Generate(Seed);
            var hubRoutes = 2 * (int)Math.Round(lanes * 0.25 / 5);
            var started = Stopwatch.GetTimestamp();
            var plan = planner.Plan(request, options);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            Console.WriteLine($"| {request.Lanes.Count:N0} | {Days} | {request.Demands.Count:N0} | {hubRoutes:N0} | {plan.Models:N0} | {plan.Variables:N0} | {plan.Constraints:N0} | " +
                $"{plan.Status} | {(plan.Gap is { } gap ? M4Report.Number(100 * gap, 2) + "%" : "–")} | {plan.TotalTrucks:N0} | {M4Report.Number(plan.TotalCost, 0)} | {M4Report.Number(seconds, 1)} |");
        }

        return 0;
    }
}
