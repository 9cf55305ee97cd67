using Assistant.Forecasting.Data;
using Assistant.Forecasting.Metrics;

namespace Assistant.Bench;

/// <summary>
/// <c>m4 [Hourly|Weekly|all] [--models a,b,...]</c>: each selected model forecasts every series
/// of the set from its training part, in parallel over the series, and is scored as the M4
/// organisers score: sMAPE and MASE per series then averaged, OWA against the official Naive2
/// forecasts (from benchmark_forecasts/, so the yardstick is the published one) from the
/// 3-decimal figures as the M4 tables compute it, and MSIS and
/// coverage of the 95% interval when the model makes intervals. The published results follow
/// each table for comparison.
/// </summary>
public static class M4Benchmark
{
    public static int Run(IReadOnlyList<string> args)
    {
        var (options, problem) = M4BenchOptions.Parse(args, [.. M4Set.All.Select(s => s.Name)]);
        if (options is null)
        {
            Console.Error.WriteLine(problem);
            return 2;
        }

        Console.WriteLine($"M4 benchmark: {M4Report.Machine()}");
        foreach (var set in options.Sets.Select(M4Set.Parse))
        {
            var series = M4Data.ReadSet(set);
            // Every model is handed the set's further cycles (the week of hourly data); only the
            // multi-season models read them, so the others forecast exactly as before.
            var histories = series.Select(s => s.History with { MoreSeasonLengths = M4GlobalModels.MoreSeasons(set) }).ToList();
            var actuals = series.Select(s => s.Test).ToList();
            var trains = series.Select(s => s.Train).ToList();
            var official = M4Data.ReadBenchmarkForecasts(set, "Naive2");
            var naive2 = SetAccuracy.Of(actuals, [.. series.Select(s => official[s.Id])], trains, set.SeasonLength);

            Console.WriteLine();
            Console.WriteLine($"### M4 {set.Name}: {series.Count} series, h = {set.Horizon}, m = {set.SeasonLength}");
            Console.WriteLine();
            Console.WriteLine("| model | sMAPE | MASE | OWA | MSIS (95%) | coverage (95%) | wall time (s) |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var name in options.Models)
            {
                M4ModelRun run;
                try
                {
                    run = M4GlobalModels.IsKnown(name)
                        ? M4GlobalModels.Forecast(name, set, histories)
                        : M4ModelRun.Forecast(name, histories, set.Horizon);
                }
                catch (Exception e) when (e is InvalidOperationException or AggregateException)
                {
                    Console.WriteLine($"| {name} | failed: {(e is AggregateException a ? a.InnerExceptions[0].Message : e.Message)} | | | | | |");
                    continue;
                }

                var accuracy = SetAccuracy.Of(actuals, [.. run.Forecasts.Select(f => f.Mean)], trains, set.SeasonLength);
                string msis = "–", coverage = "–";
                if (run.HasIntervals)
                {
                    double msisSum = 0, coverageSum = 0;
                    for (var i = 0; i < series.Count; i++)
                    {
                        var f = run.Forecasts[i];
                        msisSum += Msis.Of(actuals[i], f.Lower95, f.Upper95, trains[i], set.SeasonLength);
                        coverageSum += IntervalCoverage.Of(actuals[i], f.Lower95, f.Upper95);
                    }

                    msis = M4Report.Number(msisSum / series.Count, 3);
                    coverage = M4Report.Number(100 * coverageSum / series.Count, 1) + "%";
                }

                Console.WriteLine($"| {run.Model} | {M4Report.Number(accuracy.Smape, 3)} | {M4Report.Number(accuracy.Mase, 3)} | " +
                    $"{M4Report.Number(Owa.AsPublished(accuracy, naive2), 3)} | {msis} | {coverage} | {M4Report.Number(run.Seconds, 2)} |");
            }

            Console.WriteLine();
            Console.WriteLine($"Published on M4 {set.Name} (OWA from the published sMAPE and MASE against Naive2's):");
            Console.WriteLine();
            Console.WriteLine("| method | sMAPE | MASE | OWA | MSIS (95%) | note |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | --- |");
            var reference = M4PublishedResults.For(set.Name).First(r => r.Method.StartsWith("Naive2", StringComparison.Ordinal));
            foreach (var row in M4PublishedResults.For(set.Name))
            {
                double? owa = row is { Smape: { } s, Mase: { } m } ? Owa.Of(s, m, reference.Smape!.Value, reference.Mase!.Value) : null;
                Console.WriteLine($"| {row.Method} | {M4Report.Number(row.Smape, 3)} | {M4Report.Number(row.Mase, 3)} | {M4Report.Number(owa, 3)} | {M4Report.Number(row.Msis, 3)} | {row.Note} |");
            }
        }

        return 0;
    }
}
