using System.Diagnostics;
using Assistant.Forecasting.Data;
using Assistant.Forecasting.Hierarchy;
using Assistant.Forecasting.Metrics;

namespace Assistant.Bench;

/// <summary>
/// <c>hierarchy</c>: forecast reconciliation on the Australian domestic tourism data with the
/// usual protocol: train to 2015 Q4, test 2016 Q1 to 2017 Q4 (h = 8), levels Total, State,
/// Region, Purpose, State × Purpose and Region × Purpose (bottom). Every one of the 425 series
/// gets its own AutoETS (m = 4) base forecast; bottom-up, OLS and MinT(shrink) then make them
/// coherent. Per level: mean MASE (seasonal-naive scale of the series' own training history) and
/// mean RMSE over the level's series.
/// </summary>
public static class HierarchyBenchmark
{
    private const int Horizon = 8;
    private const int SeasonLength = 4;

    public static int Run(IReadOnlyList<string> args)
    {
        if (args.Count > 0)
        {
            Console.Error.WriteLine("hierarchy takes no arguments.");
            return 2;
        }

        Console.WriteLine($"Hierarchy benchmark: {M4Report.Machine()}");
        var data = AustralianTourismData.Read();
        var train = data.QuartersThrough(2015, 4);
        if (data.Length != train + Horizon)
        {
            Console.Error.WriteLine($"Expected {train + Horizon} quarters to 2017 Q4; the file has {data.Length}.");
            return 1;
        }

        var hierarchy = AustralianTourismHierarchy.Create(data.Series);
        var history = data.Series.Select(s => s.Trips[..train]).ToArray();
        var actual = hierarchy.Aggregate([.. data.Series.Select(s => s.Trips[train..])]);
        var trainAll = hierarchy.Aggregate(history);

        var clock = Stopwatch.StartNew();
        var baseForecasts = HierarchyForecaster.Forecast(hierarchy, history, SeasonLength, Horizon, new EtsWithResiduals());
        var baseSeconds = clock.Elapsed.TotalSeconds;

        var methods = new List<(string Name, double[][] Mean, double Seconds, string Note)> { ("base (AutoETS)", baseForecasts.Mean, baseSeconds, "fit + one-step residuals") };
        foreach (var reconciler in new IReconciler[] { new BottomUp(), new MinTrace(MinTraceCovariance.Identity), new MinTrace(MinTraceCovariance.Shrink) })
        {
            clock.Restart();
            var reconciled = reconciler.Reconcile(hierarchy, baseForecasts);
            var note = reconciled.ShrinkageIntensity is { } lambda ? $"λ = {M4Report.Number(lambda, 4)}" : "";
            methods.Add((reconciler.Name, reconciled.Mean, clock.Elapsed.TotalSeconds, note));
        }

        Console.WriteLine();
        Console.WriteLine($"### Australian tourism: {data.Series.Count} bottom series, {hierarchy.Count} in all, train {train} quarters, h = {Horizon}, m = {SeasonLength}");
        Console.WriteLine();
        Console.WriteLine($"| level | series | {string.Join(" | ", methods.Select(m => $"MASE {m.Name}"))} | {string.Join(" | ", methods.Select(m => $"RMSE {m.Name}"))} |");
        Console.WriteLine($"| --- | ---: |{string.Concat(Enumerable.Repeat(" ---: |", 2 * methods.Count))}");
        var levels = hierarchy.Levels.Select(l => (l.Name, Rows: Enumerable.Range(l.First, l.Count).ToArray())).Append(("all series", Enumerable.Range(0, hierarchy.Count).ToArray()));
        foreach (var (name, rows) in levels)
        {
            var mase = methods.Select(m => rows.Average(i => Mase.Of(actual[i], m.Mean[i], trainAll[i], SeasonLength)));
            var rmse = methods.Select(m => rows.Average(i => Math.Sqrt(actual[i].Select((y, t) => (y - m.Mean[i][t]) * (y - m.Mean[i][t])).Average())));
            Console.WriteLine($"| {name} | {rows.Length} | {string.Join(" | ", mase.Select(v => M4Report.Number(v, 3)))} | {string.Join(" | ", rmse.Select(v => M4Report.Number(v, 1)))} |");
        }

        Console.WriteLine();
        Console.WriteLine("| method | coherence error (max abs, thousands of trips) | wall time (s) | note |");
        Console.WriteLine("| --- | ---: | ---: | --- |");
        foreach (var (name, mean, seconds, note) in methods)
        {
            Console.WriteLine($"| {name} | {hierarchy.CoherenceError(mean):G3} | {M4Report.Number(seconds, 2)} | {note} |");
        }

        return 0;
    }
}
