using System.Diagnostics;
using Assistant.Core.Demo;
using Assistant.Forecasting;
using Assistant.Forecasting.Daily;
using Assistant.Forecasting.Models;

namespace Assistant.Bench;

/// <summary>
/// <c>network [--models ets,global,mean]</c>: daily volume of every site and every lane of the
/// demo network, generated to 2026-12-05 so that the days after each cut are the true future.
/// From each origin (history cut there, 14 days ahead) three forecasters run: the per-series
/// <see cref="DailyVolumeForecaster"/> choosing between AutoETS and seasonal naive on
/// event-adjusted days ("ets+events"), the <see cref="DailyBoostedForecaster"/> trained across all
/// series ("global"), and their day-by-day mean (bounds averaged too). Scored by WAPE over all
/// series (Σ|error| / Σ actual, so big sites weigh most, as in a planner's totals) and by the
/// share of series-days inside the 80% and 95% intervals.
/// </summary>
public static class NetworkBenchmark
{
    private const int Horizon = 14;
    private static readonly DateOnly LastDay = new(2026, 12, 5);

    private static readonly (DateOnly Cut, string Label)[] Origins =
    [
        (new DateOnly(2025, 11, 22), "last year's peak (Thanksgiving, Black Friday, Cyber Monday)"),
        (new DateOnly(2026, 7, 5), "Prime Day and the four days after"),
        (new DateOnly(2026, 10, 1), "ordinary fortnight"),
        (new DateOnly(2026, 11, 21), "this year's peak (Thanksgiving, Black Friday, Cyber Monday)"),
    ];

    private static readonly string[] AllModels = ["ets", "global", "mean"];

    private sealed record Series(string Id, bool IsSite, DateOnly FirstDay, double[] Values);

    private sealed record ModelRun(string Model, Forecast[] Forecasts, double Seconds);

    public static int Run(IReadOnlyList<string> args)
    {
        var models = AllModels;
        if (args.Count == 2 && args[0] is "--models" or "-m")
        {
            models = args[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        else if (args.Count > 0)
        {
            Console.Error.WriteLine("network takes no arguments but --models ets,global,mean.");
            return 2;
        }

        if (models.Any(m => !AllModels.Contains(m)) || (models.Contains("mean") && !(models.Contains("ets") && models.Contains("global"))))
        {
            Console.Error.WriteLine($"Models are {string.Join(", ", AllModels)}; mean needs the other two.");
            return 2;
        }

        Console.WriteLine($"Network benchmark: {M4Report.Machine()}");
        var clock = Stopwatch.StartNew();
        var demo = DemoNetwork.Generate(LastDay);
        var series = new List<Series>();
        foreach (var g in demo.SiteDays.GroupBy(d => d.SiteCode).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var days = g.OrderBy(d => d.Date).ToList();
            series.Add(new Series(g.Key, true, days[0].Date, [.. days.Select(d => (double)d.Packages)]));
        }

        foreach (var g in demo.LaneDays.GroupBy(d => d.LaneId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var days = g.OrderBy(d => d.Date).ToList();
            series.Add(new Series(g.Key, false, days[0].Date, [.. days.Select(d => (double)d.Packages)]));
        }

        Console.WriteLine($"Demo network to {LastDay:yyyy-MM-dd}: {series.Count(s => s.IsSite)} sites and {series.Count(s => !s.IsSite)} lanes, " +
            $"{series[0].Values.Length} days each, generated in {clock.Elapsed.TotalSeconds:F1} s; horizon {Horizon} days.");
        Console.WriteLine();
        Console.WriteLine("| origin (last day seen) | days forecast | model | WAPE sites | WAPE lanes | WAPE all | 80% coverage | 95% coverage | wall time (s) |");
        Console.WriteLine("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (cut, label) in Origins)
        {
            var histories = series.Select(s => new DailyHistory(s.FirstDay, s.Values[..(cut.DayNumber - s.FirstDay.DayNumber + 1)])).ToList();
            var actuals = series.Select(s => s.Values.AsSpan(cut.DayNumber - s.FirstDay.DayNumber + 1, Horizon).ToArray()).ToList();
            var runs = new List<ModelRun>();
            if (models.Contains("ets"))
            {
                runs.Add(PerSeries(histories));
            }

            if (models.Contains("global"))
            {
                runs.Add(Global(histories));
            }

            if (models.Contains("mean"))
            {
                runs.Add(Mean(runs[0], runs[1]));
            }

            foreach (var run in runs)
            {
                Console.WriteLine($"| {cut:yyyy-MM-dd} | {label} | {run.Model} | {Wape(series, actuals, run, s => s.IsSite)} | {Wape(series, actuals, run, s => !s.IsSite)} | " +
                    $"{Wape(series, actuals, run, _ => true)} | {Coverage(actuals, run, f => (f.Lower80, f.Upper80))} | {Coverage(actuals, run, f => (f.Lower95, f.Upper95))} | {M4Report.Number(run.Seconds, 1)} |");
            }
        }

        return 0;
    }

    private static ModelRun PerSeries(List<DailyHistory> histories)
    {
        var forecaster = new DailyVolumeForecaster([new AutoEts(), new SeasonalNaive()]);
        var forecasts = new Forecast[histories.Count];
        var started = Stopwatch.GetTimestamp();
        Parallel.For(0, histories.Count, i =>
        {
            var f = forecaster.Forecast(histories[i], Horizon);
            forecasts[i] = new Forecast(f.Model, f.Mean, f.Lower80, f.Upper80, f.Lower95, f.Upper95);
        });
        return new ModelRun("ets+events (per series)", forecasts, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    private static ModelRun Global(List<DailyHistory> histories)
    {
        var started = Stopwatch.GetTimestamp();
        var forecasts = new DailyBoostedForecaster().Forecast(histories, Horizon);
        return new ModelRun("daily global (XGBoost)", [.. forecasts], Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    /// <summary>The day-by-day mean of two runs, bounds averaged the same way; its time is both runs'.</summary>
    private static ModelRun Mean(ModelRun a, ModelRun b)
    {
        static double[] Average(double[] x, double[] y) => [.. x.Zip(y, (p, q) => (p + q) / 2)];
        var forecasts = a.Forecasts.Zip(b.Forecasts, (f, g) => new Forecast("mean", Average(f.Mean, g.Mean),
            Average(f.Lower80, g.Lower80), Average(f.Upper80, g.Upper80), Average(f.Lower95, g.Lower95), Average(f.Upper95, g.Upper95))).ToArray();
        return new ModelRun("mean of the two", forecasts, a.Seconds + b.Seconds);
    }

    private static string Wape(List<Series> series, List<double[]> actuals, ModelRun run, Func<Series, bool> include)
    {
        double error = 0, volume = 0;
        for (var i = 0; i < series.Count; i++)
        {
            if (!include(series[i]))
            {
                continue;
            }

            for (var h = 0; h < Horizon; h++)
            {
                error += Math.Abs(actuals[i][h] - run.Forecasts[i].Mean[h]);
                volume += Math.Abs(actuals[i][h]);
            }
        }

        return M4Report.Number(100 * error / volume, 2) + "%";
    }

    private static string Coverage(List<double[]> actuals, ModelRun run, Func<Forecast, (double[] Lower, double[] Upper)> bounds)
    {
        var inside = 0;
        for (var i = 0; i < actuals.Count; i++)
        {
            var (lower, upper) = bounds(run.Forecasts[i]);
            inside += actuals[i].Where((y, h) => y >= lower[h] && y <= upper[h]).Count();
        }

        return M4Report.Number(100.0 * inside / (actuals.Count * Horizon), 1) + "%";
    }
}
