using System.Diagnostics;
using Assistant.Optimization.Network;
using Assistant.Optimization.Solving;

namespace Assistant.Bench;

/// <summary>
/// <c>flow</c>: plans seeded random networks (<see cref="RandomFlowNetwork"/>) of 50, 200 and 500
/// sites with 3 classes, with continuous flows (an LP, Clp) and whole-unit flows (a MIP, CBC),
/// under a 60 s time limit and a 1% gap, and prints one markdown row per run. Seconds are the whole
/// <see cref="FlowPlanner.Plan"/>: model building, the solve, and the binding analysis (for whole
/// units that includes the LP relaxation solved for shadow prices).
/// </summary>
public static class FlowBenchmark
{
    private const int Seed = 20261122;

    private static readonly RandomFlowNetwork[] Sizes =
    [
        new(Origins: 5, Hubs: 10, Destinations: 35, HubsPerOrigin: 10, HubsPerHub: 5, HubsPerDestination: 10, DirectLanes: 35),
        new(Origins: 20, Hubs: 40, Destinations: 140, HubsPerOrigin: 20, HubsPerHub: 5, HubsPerDestination: 16, DirectLanes: 140),
        new(Origins: 50, Hubs: 100, Destinations: 350, HubsPerOrigin: 20, HubsPerHub: 4, HubsPerDestination: 24, DirectLanes: 200),
    ];

    public static int Run(IReadOnlyList<string> args)
    {
        if (args.Count > 0)
        {
            Console.Error.WriteLine("flow takes no arguments.");
            return 2;
        }

        Console.WriteLine($"Flow planning benchmark: {M4Report.Machine()}");
        Console.WriteLine("Seed " + Seed + "; time limit 60 s, relative gap 1%.");
        Console.WriteLine();
        Console.WriteLine("| sites | lanes | classes | flows | variables | constraints | status | objective | gap | binding | seconds |");
        Console.WriteLine("| ---: | ---: | ---: | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |");
        var planner = new FlowPlanner(new ContainedSolver());
        var options = new SolveOptions { TimeLimit = TimeSpan.FromSeconds(60), RelativeGap = 0.01 };
        foreach (var size in Sizes)
        {
            foreach (var integer in new[] { false, true })
            {
                var network = size.Generate(Seed, integer);
                var started = Stopwatch.GetTimestamp();
                var plan = planner.Plan(network, options);
                var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
                Console.WriteLine($"| {size.Sites} | {network.Lanes.Count:N0} | {network.Classes.Count} | {(integer ? "whole units (MIP)" : "continuous (LP)")} | " +
                    $"{plan.Variables:N0} | {plan.Constraints:N0} | {plan.Status} | {M4Report.Number(plan.TotalCost, 1)} | " +
                    $"{(plan.Gap is { } gap ? M4Report.Number(100 * gap, 2) + "%" : "–")} | {plan.Binding.Count} | {M4Report.Number(seconds, 2)} |");
                if (plan.Message is { } message)
                {
                    Console.WriteLine($"<!-- {size.Sites} sites, {(integer ? "MIP" : "LP")}: {message} -->");
                }
            }
        }

        return 0;
    }
}
