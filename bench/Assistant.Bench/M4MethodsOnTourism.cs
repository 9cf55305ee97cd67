using Assistant.Forecasting.Data;
using Assistant.Forecasting.Metrics;

namespace Assistant.Bench;

/// <summary>
/// <c>tourism [monthly|quarterly|yearly|all] [--models a,b,...]</c>: the M4 registry's models on
/// the tourism competition data (Athanasopoulos et al., 2011), scored as that competition scored:
/// MASE with the seasonal-naive in-sample scale (m = 12, 4, 1) and MAPE, per series then averaged.
/// Seasonal naive must reproduce the published MASE 1.631 (monthly) and 1.699 (quarterly).
/// </summary>
public static class M4MethodsOnTourism
{
    /// <summary>Published seasonal-naive (naive for yearly) results on these files, from the data README and its SOURCE.txt.</summary>
    private static readonly Dictionary<string, string> Published = new(StringComparer.Ordinal)
    {
        ["monthly"] = "sNaive MASE 1.631 (Chronos/fev on monash_tourism_monthly), MAPE 22.56 (Tcomp's test of the competition's numbers)",
        ["quarterly"] = "sNaive MASE 1.699 (Chronos/fev on monash_tourism_quarterly), MAPE 16.46 (Tcomp)",
        ["yearly"] = "Naive MAPE 23.61 (Tcomp); the Chronos/fev yearly set (naive MASE 3.552) is not these files",
    };

    public static int Run(IReadOnlyList<string> args)
    {
        var (options, problem) = M4BenchOptions.Parse(args, [.. TourismSet.All.Select(s => s.Name)]);
        if (options is null)
        {
            Console.Error.WriteLine(problem);
            return 2;
        }

        Console.WriteLine($"Tourism benchmark: {M4Report.Machine()}");
        foreach (var set in options.Sets.Select(TourismSet.Parse))
        {
            var series = TourismData.ReadSet(set);
            var histories = series.Select(s => s.History).ToList();
            Console.WriteLine();
            Console.WriteLine($"### Tourism {set.Name}: {series.Count} series, h = {set.Horizon}, m = {set.SeasonLength}");
            Console.WriteLine();
            Console.WriteLine("| model | MASE | MAPE | sMAPE | wall time (s) |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
            foreach (var name in options.Models)
            {
                M4ModelRun run;
                try
                {
                    run = M4ModelRun.Forecast(name, histories, set.Horizon);
                }
                catch (Exception e) when (e is InvalidOperationException or AggregateException)
                {
                    Console.WriteLine($"| {name} | failed: {(e is AggregateException a ? a.InnerExceptions[0].Message : e.Message)} | | | |");
                    continue;
                }

                double mase = 0, mape = 0, smape = 0;
                for (var i = 0; i < series.Count; i++)
                {
                    var mean = run.Forecasts[i].Mean;
                    mase += Mase.Of(series[i].Test, mean, series[i].Train, set.SeasonLength);
                    mape += Mape.Of(series[i].Test, mean);
                    smape += Smape.Of(series[i].Test, mean);
                }

                var n = series.Count;
                Console.WriteLine($"| {run.Model} | {M4Report.Number(mase / n, 3)} | {M4Report.Number(mape / n, 2)} | {M4Report.Number(smape / n, 2)} | {M4Report.Number(run.Seconds, 2)} |");
            }

            Console.WriteLine();
            Console.WriteLine($"Published: {Published[set.Name]}.");
        }

        return 0;
    }
}
