using System.Diagnostics;
using Assistant.Optimization.Linehaul;
using Assistant.Optimization.Modelling;
using Assistant.Optimization.Solving;

namespace Assistant.Bench;

/// <summary>
/// <c>solver-overhead [solves]</c>: what solving in a worker process costs on top of solving in
/// process. The same small models (a 3-variable LP with duals, a 12-item knapsack MIP, and a
/// 40 × 40 transport LP) are solved one after another by <see cref="CbcSolver"/> (in this process)
/// and by <see cref="ContainedSolver"/> (in a warm worker), after 20 warm-up solves each; and the
/// contained solver on 2 threads at once, which in process would take turns at CBC's gate.
/// Prints one markdown row per solver and model: p50, p95 and mean milliseconds per solve.
/// </summary>
public static class SolverOverheadBenchmark
{
    public static int Run(IReadOnlyList<string> args)
    {
        var solves = args.Count > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
        Console.WriteLine($"Solver overhead: {M4Report.Machine()}; {solves} solves per row after 20 warm-up solves.");
        Console.WriteLine();
        Console.WriteLine("| solver | model | p50 ms | p95 ms | mean ms |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: |");
        var models = new (string Name, Func<Model> Build)[] { ("LP, 3 variables", Wyndor), ("MIP, 12-item knapsack", Knapsack), ("LP, 40 × 40 transport", Transport) };
        foreach (var (solverName, solver) in new (string, ISolver)[] { ("in process (CbcSolver)", new CbcSolver()), ("worker (ContainedSolver)", new ContainedSolver()) })
        {
            foreach (var (modelName, build) in models)
            {
                var times = Time(solver, build, solves);
                Console.WriteLine($"| {solverName} | {modelName} | {Percentiles.Of(times, 50):0.00} | {Percentiles.Of(times, 95):0.00} | {times.Average():0.00} |");
            }
        }

        // Two callers at once: in process CBC's branch and cut runs one at a time (BranchAndCutGate);
        // the workers (one per core) each run their own.
        foreach (var (solverName, solver) in new (string, ISolver)[] { ("in process, 2 threads", new CbcSolver()), ("worker, 2 threads", new ContainedSolver()) })
        {
            var clock = Stopwatch.StartNew();
            Parallel.For(0, solves, new ParallelOptions { MaxDegreeOfParallelism = 2 }, _ => Check(solver.Solve(Knapsack())));
            Console.WriteLine($"| {solverName} | MIP, 12-item knapsack | – | – | {clock.Elapsed.TotalMilliseconds / solves:0.00} (wall clock per solve) |");
        }

        // Real planning models: a 50-lane truck plan (42 models: Clp relaxations side by side, then
        // CBC where rounding is not within the gap), each solver three times, interleaved so that
        // both see the same machine load.
        var request = new RandomTruckPlan(50, 14).Generate(20261202);
        var options = new SolveOptions { TimeLimit = TimeSpan.FromSeconds(60), RelativeGap = 0.01 };
        var seconds = new Dictionary<string, List<double>> { ["in process (CbcSolver)"] = [], ["worker (ContainedSolver)"] = [] };
        for (var run = 0; run < 3; run++)
        {
            foreach (var (solverName, solver) in new (string, ISolver)[] { ("in process (CbcSolver)", new CbcSolver()), ("worker (ContainedSolver)", new ContainedSolver()) })
            {
                var started = Stopwatch.GetTimestamp();
                var plan = new TruckPlanner(solver).Plan(request, options);
                seconds[solverName].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!plan.HasValues)
                {
                    throw new InvalidOperationException($"{solverName}: truck plan {plan.Status}");
                }
            }
        }

        foreach (var (solverName, times) in seconds)
        {
            Console.WriteLine($"| {solverName} | truck plan, 50 lanes × 14 days (3 runs) | {Percentiles.Of(times, 50):0} | {times.Max():0} (max) | {times.Average():0} |");
        }

        return 0;
    }

    private static List<double> Time(ISolver solver, Func<Model> build, int solves)
    {
        for (var i = 0; i < 20; i++)
        {
            Check(solver.Solve(build()));
        }

        var times = new List<double>(solves);
        for (var i = 0; i < solves; i++)
        {
            var model = build();
            var started = Stopwatch.GetTimestamp();
            Check(solver.Solve(model));
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return times;
    }

    private static void Check(Solution solution)
    {
        if (solution.Status != SolveStatus.Optimal)
        {
            throw new InvalidOperationException($"{solution.Model.Name}: {solution.Status} ({solution.Detail})");
        }
    }

    private static Model Wyndor()
    {
        var model = new Model("wyndor");
        var doors = model.AddContinuous("doors");
        var windows = model.AddContinuous("windows");
        model.AddConstraint("Hours[Plant1]", doors <= 4);
        model.AddConstraint("Hours[Plant2]", 2 * windows <= 12);
        model.AddConstraint("Hours[Plant3]", 3 * doors + 2 * windows <= 18);
        model.Maximize(3 * doors + 5 * windows);
        return model;
    }

    private static Model Knapsack()
    {
        var random = new Random(12);
        var model = new Model("knapsack");
        var take = Enumerable.Range(0, 12).Select(i => model.AddBinary($"take[{i}]")).ToArray();
        var weights = take.Select(_ => (double)random.Next(1, 20)).ToArray();
        var values = take.Select(_ => (double)random.Next(1, 30)).ToArray();
        model.AddConstraint("Capacity", LinearExpression.Sum(take.Select((t, i) => weights[i] * t)) <= 40);
        model.Maximize(LinearExpression.Sum(take.Select((t, i) => values[i] * t)));
        return model;
    }

    private static Model Transport()
    {
        const int size = 40;
        var random = new Random(40);
        var model = new Model("transport");
        var ship = new Variable[size, size];
        var cost = new List<LinearExpression>();
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                ship[i, j] = model.AddContinuous($"ship[{i},{j}]");
                cost.Add(random.Next(1, 50) * ship[i, j]);
            }
        }

        for (var i = 0; i < size; i++)
        {
            model.AddConstraint($"Supply[{i}]", LinearExpression.Sum(Enumerable.Range(0, size).Select(j => ship[i, j])) <= 110);
            model.AddConstraint($"Demand[{i}]", LinearExpression.Sum(Enumerable.Range(0, size).Select(j => ship[j, i])) >= 100);
        }

        model.Minimize(LinearExpression.Sum(cost));
        return model;
    }
}
