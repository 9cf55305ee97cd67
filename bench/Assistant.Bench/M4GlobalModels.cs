using System.Diagnostics;
using Assistant.Forecasting;
using Assistant.Forecasting.Data;
using Assistant.Forecasting.Global;
using Assistant.Forecasting.Models;
using Assistant.Native;

namespace Assistant.Bench;

/// <summary>
/// The global models (one model trained across a whole set, <see cref="IGlobalForecaster"/>) the
/// M4 benchmark can run, by the name given to <c>--models</c>. Each is told the set's calendar:
/// hourly data has a daily (24) and a weekly (168) cycle, weekly data a yearly one (52 weeks),
/// which M4's own season lengths (24, and 1 for weekly, its MASE scales) leave out.
/// </summary>
public static class M4GlobalModels
{
    private static readonly Dictionary<string, Func<M4Set, IGlobalForecaster>> Factories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["global"] = set => new GlobalBoostedForecaster(OptionsFor(set)),
        ["global+ets"] = set => new GlobalCombination("global+ets", new GlobalBoostedForecaster(OptionsFor(set)), [new AutoEts()]),
    };

    /// <summary>
    /// The settings tuned on each set (see bench/README.md): hourly data learns the departure from
    /// the same hour last week, and averages the hold-out model with three trained on the whole
    /// history (shorter and faster-learning, to stay under 20 s: MASE 0.838 against 0.880 for the
    /// hold-out model alone); weekly data, with a short level and the last half year of weeks,
    /// learns the values themselves (full-history models did not help there: 2.328).
    /// </summary>
    public static GlobalBoostedOptions OptionsFor(M4Set set) =>
        set.Name == "Weekly"
            ? GlobalBoostedOptions.Default with
            {
                LevelWindow = 4,
                ScaleLag = 1,
                ScaleWindow = 104,
                RecentLags = 26,
                SeasonalLags = 2,
                BaselineSeasons = 0,
                Trees = GlobalBoostedOptions.Default.Trees with { MaxDepth = 6, LearningRate = 0.05 },
            }
            : GlobalBoostedOptions.Default with
            {
                FullHistoryModels = 3,
                Trees = GlobalBoostedOptions.Default.Trees with { Rounds = 120, LearningRate = 0.25 },
            };

    public static IReadOnlyList<string> Names => [.. Factories.Keys];

    public static bool IsKnown(string name) => Factories.ContainsKey(name);

    /// <summary>The set's cycles beyond its M4 season length: hourly data's week (168 hours).</summary>
    public static IReadOnlyList<int> MoreSeasons(M4Set set) => set.Name == "Hourly" ? [168] : [];

    /// <summary>The histories with the set's calendar seasons.</summary>
    public static IReadOnlyList<TimeSeries> WithCalendar(M4Set set, IReadOnlyList<TimeSeries> histories) =>
        set.Name switch
        {
            "Hourly" => [.. histories.Select(s => s with { MoreSeasonLengths = MoreSeasons(set) })],
            "Weekly" => [.. histories.Select(s => s with { SeasonLength = 52 })],
            _ => histories,
        };

    /// <summary>The model's forecasts of the whole set, with the wall time of training and forecasting.</summary>
    public static M4ModelRun Forecast(string name, M4Set set, IReadOnlyList<TimeSeries> histories)
    {
        if (!NativeLibraries.IsXGBoostAvailable(out var why))
        {
            throw new InvalidOperationException(why);
        }

        var model = Factories[name](set);
        var series = WithCalendar(set, histories);
        var started = Stopwatch.GetTimestamp();
        var forecasts = model.Forecast(series, set.Horizon);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        for (var i = 0; i < forecasts.Count; i++)
        {
            if (forecasts[i].Mean.Length != set.Horizon || forecasts[i].Mean.Any(v => !double.IsFinite(v)))
            {
                throw new InvalidOperationException($"{name} returned {forecasts[i].Mean.Length} values (or a non-finite one) for series {series[i].Id}; the horizon is {set.Horizon}.");
            }
        }

        return new M4ModelRun(model.Name, [.. forecasts], seconds);
    }
}
