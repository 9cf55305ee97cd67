using Assistant.Bench;

// One command per benchmark: dotnet run -c Release --project bench/Assistant.Bench -- <name>
var name = args.FirstOrDefault() ?? "offline-latency";
return name switch
{
    "offline-latency" => await OfflineLatency.RunAsync(questions: args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200),
    "whatif-latency" => await WhatIfLatency.RunAsync(questions: args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100),
    "m4" => M4Benchmark.Run(args[1..]),
    "tourism" => M4MethodsOnTourism.Run(args[1..]),
    "hierarchy" => HierarchyBenchmark.Run(args[1..]),
    "network" => NetworkBenchmark.Run(args[1..]),
    "flow" => FlowBenchmark.Run(args[1..]),
    "nab" => NabBenchmark.Run(args[1..]),
    "truckplan" => TruckPlanBenchmark.Run(args[1..]),
    "labor" => LaborPlanBenchmark.Run(args[1..]),
    "solver-overhead" => SolverOverheadBenchmark.Run(args[1..]),
    "incidents" => await IncidentBenchmark.RunAsync(args[1..]),
    "load" => await LoadBenchmark.RunAsync(args[1..]),
    _ => Fail($"Unknown benchmark '{name}'. Benchmarks: offline-latency, whatif-latency, m4, tourism, hierarchy, network, flow, nab, truckplan, labor, solver-overhead, incidents, load."),
};

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 2;
}
