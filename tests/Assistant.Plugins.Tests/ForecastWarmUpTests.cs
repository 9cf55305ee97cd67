using System.Collections.Concurrent;
using Assistant.Core;
using Assistant.Forecasting;
using Assistant.Forecasting.Daily;
using Assistant.Forecasting.Hierarchy;
using Assistant.Forecasting.Models;
using Assistant.Plugins.Forecast;

namespace Assistant.Plugins.Tests;

/// <summary>
/// The delivery hierarchy's fit behind every breakdown is made once, however many ask at once
/// (the start-up warm-up included), and someone asking while it runs is told how far it has got
/// instead of waiting into a time-out.
/// </summary>
public sealed class ForecastWarmUpTests(DemoStore demo) : IClassFixture<DemoStore>
{
    /// <summary>The real model, recording which series it fits and able to hold them back.</summary>
    private sealed class WatchedModel : IResidualForecaster
    {
        private readonly EtsWithResiduals _inner = new();

        public ConcurrentBag<string> Fitted { get; } = [];

        public ManualResetEventSlim Gate { get; } = new(initialState: true);

        public string Name => _inner.Name;

        public ForecastWithResiduals Forecast(TimeSeries series, int horizon)
        {
            Gate.Wait(TimeSpan.FromMinutes(5));
            Fitted.Add(series.Id);
            return _inner.Forecast(series, horizon);
        }
    }

    private ForecastPlugin Plugin(WatchedModel model, TimeSpan? patience) => new(
        demo.Store, new DailyVolumeForecaster([new AutoEts(), new SeasonalNaive()]), new DailyHierarchyForecaster(model, new MinTrace()), patience);

    [Fact]
    public async Task Six_breakdowns_asked_at_once_and_the_warm_up_share_one_fit_of_each_series()
    {
        var model = new WatchedModel();
        var plugin = Plugin(model, patience: null);

        var asked = Enumerable.Range(0, 6).Select(_ => Task.Run(() => plugin.ForecastBreakdown(start: "2026-11-23", end: "2026-11-29"))).ToList();
        await Task.WhenAll(plugin.WarmUpAsync(), Task.WhenAll(asked));

        var totals = asked.Select(a => a.Result.TotalPackages).Distinct().ToList();
        Assert.Single(totals);
        Assert.InRange(totals[0], 2_500_000, 3_500_000);
        // Lanes into stations, stations, regions and the network, each fitted exactly once.
        Assert.Equal(model.Fitted.Count, model.Fitted.Distinct().Count());
        Assert.Equal(124, model.Fitted.Count);
        Assert.Equal(100, plugin.BreakdownPercentDone);
    }

    [Fact]
    public async Task A_breakdown_asked_while_the_fit_runs_is_told_how_far_it_has_got_then_answered_once_it_is_done()
    {
        var model = new WatchedModel();
        model.Gate.Reset();
        var plugin = Plugin(model, patience: TimeSpan.FromMilliseconds(300));
        var progress = new ConcurrentQueue<int>();
        var warming = plugin.WarmUpAsync(progress.Enqueue);

        var notes = new ConcurrentQueue<string>();
        InputError error;
        using (ToolProgress.Listen(notes.Enqueue))
        {
            error = await Assert.ThrowsAsync<InputError>(() => plugin.ForecastBreakdown(days: 7));
        }

        // The asker heard how far it had got while waiting, as well as at the end.
        Assert.Equal("preparing, 0% of the delivery hierarchy fitted", notes.First());

        Assert.Matches(@"^The forecast breakdown is still being prepared \(\d+% of the delivery hierarchy fitted, \d+ seconds so far\); it is done once for everyone after each data change\. Ask again in a few seconds\.$", error.Message);
        Assert.False(warming.IsCompleted);
        Assert.InRange(plugin.BreakdownPercentDone ?? -1, 0, 99);

        model.Gate.Set();
        await warming;
        var answer = await plugin.ForecastBreakdown(days: 7);

        Assert.Equal(3, answer.Parts.Count);
        Assert.Equal(100, progress.Last());
        Assert.Equal(124, model.Fitted.Count);
    }

    [Fact]
    public async Task Warming_up_a_store_that_is_already_warm_fits_nothing_more()
    {
        var model = new WatchedModel();
        var plugin = Plugin(model, patience: null);
        await plugin.WarmUpAsync();

        await plugin.WarmUpAsync();
        await plugin.ForecastBreakdown(by: "lane", days: 3);

        Assert.Equal(124, model.Fitted.Count);
    }
}
