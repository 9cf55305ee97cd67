using System.ComponentModel;
using System.Globalization;
using Assistant.Core;
using Assistant.Core.History;
using Assistant.Core.Store;
using Assistant.Forecasting.Daily;
using Assistant.Plugins.Charts;
using Assistant.Plugins.Network;
using Assistant.Plugins.Questions;
using Microsoft.Extensions.AI;

namespace Assistant.Plugins.Forecast;

/// <summary>
/// Volume forecasts for a site, lane, region or the network: daily, with 80% and 95% intervals,
/// from the model that did best in a rolling-origin backtest at the asked horizon, with the
/// calendar events ahead. The store's history ends yesterday; forecasts start today.
/// </summary>
public sealed class ForecastPlugin : IPlanningPlugin
{
    private const int DefaultDays = 14;
    private readonly INetworkStore _store;
    private readonly DailyVolumeForecaster _forecaster;

    // Forecasts are pure functions of the scope's history and the horizon; follow-ups (explain,
    // hourly, accuracy) ask for the same one again, so recent ones are kept. The key holds the
    // history's last day and the network version, so new data never meets an old forecast.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Scope, DateOnly Last, int Horizon), (Core.Network.NetworkCatalog Catalog, DailyForecast Forecast)> _recent = new();
    private const int RecentLimit = 256;

    // The whole delivery hierarchy is forecast at once; the latest one is kept for follow-ups.
    private HierarchyPreparation? _hierarchy;
    private readonly DailyHierarchyForecaster _hierarchyForecaster;
    private readonly TimeSpan _patience;

    /// <param name="patience">
    /// How long a breakdown question waits for a hierarchy fit that is still running (the first of
    /// a day takes tens of seconds) before answering how far it has got. A server, which keeps the
    /// fit for the next question, sets it below the tool time limit so the asker hears that rather
    /// than a time-out; null waits as long as the caller does (a one-shot run would lose the fit).
    /// </param>
    public ForecastPlugin(INetworkStore store, DailyVolumeForecaster forecaster, DailyHierarchyForecaster hierarchyForecaster, TimeSpan? patience = null)
    {
        _store = store;
        _forecaster = forecaster;
        _hierarchyForecaster = hierarchyForecaster;
        _patience = patience ?? Timeout.InfiniteTimeSpan;
        Functions =
        [
            PluginFunction.Create(ForecastVolume, "forecast_volume", "Forecast daily package volume for a site, a lane, a region or (none given) the whole network, from the day after the last history day up to an end date or for a number of days; with 80%/95% intervals, the chosen model, its backtest WAPE at this horizon, calendar events ahead and a chart."),
            PluginFunction.Create(ForecastHourly, "forecast_hourly", "Hourly forecast of a sort center's packages for one day ahead: the day's forecast spread over the hours by the site's hourly profile, against its sort capacity per hour."),
            PluginFunction.Create(ExplainForecast, "explain_forecast", "Why the forecast for one day is what it is: the typical day lately, the weekday effect, any calendar event and its learnt effect, and the recent trend."),
            PluginFunction.Create(ForecastBreakdown, "forecast_breakdown", "Break a daily volume forecast down into parts that add up: the network by region, delivery station or lane; a region by delivery station or lane; a delivery station by inbound lane. Every level is forecast on its own and reconciled (MinT with shrinkage) so the parts sum exactly to the total; also gives each part's own unreconciled forecast and a chart."),
            PluginFunction.Create(ForecastAccuracy, "forecast_accuracy", "How accurate volume forecasts are for a site, lane, region or the network: rolling-origin backtest WAPE of each candidate model at a horizon, and the coverage of the intervals."),
        ];
        Intents = ForecastQuestions.All;
    }

    public string Name => "forecast";

    public IReadOnlyList<AIFunction> Functions { get; }

    public IReadOnlyList<QuestionIntent> Intents { get; }

    public async Task<VolumeForecastResult> ForecastVolume(
        [Description("Site code, e.g. SEA4. Give at most one of site, lane, region; none means the whole network.")] string? site = null,
        [Description("Lane as ORIGIN-DESTINATION, e.g. SEA4-GEG1.")] string? lane = null,
        [Description("Region code or name, e.g. WEST.")] string? region = null,
        [Description("First day to report, yyyy-MM-dd (default: the day after the last history day).")] string? start = null,
        [Description("Last day to forecast, yyyy-MM-dd. Give end or days, not both.")] string? end = null,
        [Description($"Number of days to forecast when no end is given (1-90, default 14).")] int? days = null,
        CancellationToken cancellationToken = default)
        => (await ForecastWithHistory(site, lane, region, start, end, days, cancellationToken)).Result;

    /// <summary>The forecast and the history it was made from, for callers that need both.</summary>
    private async Task<(VolumeForecastResult Result, DailyHistory History)> ForecastWithHistory(
        string? site, string? lane, string? region, string? start, string? end, int? days, CancellationToken cancellationToken)
    {
        var catalog = await _store.GetCatalogAsync(cancellationToken);
        var (scope, info) = VolumeScopes.Resolve(catalog, site, lane, region);
        var window = await _store.GetHistoryWindowAsync(cancellationToken)
            ?? throw new InputError("The store holds no history to forecast from.");
        var firstForecastDay = window.Last.AddDays(1);
        var (from, to, horizon, periodNote) = ForecastDays(start, end, days, window.Last);

        var history = await History(scope, window, cancellationToken);
        var forecast = Forecast(scope, catalog, history, horizon);
        var offset = from.DayNumber - firstForecastDay.DayNumber;
        var daily = Enumerable.Range(offset, horizon - offset).Select(h => new ForecastDay(
            firstForecastDay.AddDays(h),
            Round(forecast.Mean[h]), Round(forecast.Lower80[h]), Round(forecast.Upper80[h]), Round(forecast.Lower95[h]), Round(forecast.Upper95[h]),
            DayEvent.Of(firstForecastDay.AddDays(h)) is { } e && forecast.EventsAhead.Any(x => x.Event == e) ? e : null)).ToList();
        var total = daily.Sum(d => d.Packages);
        var notes = new List<string>();
        if (periodNote is not null)
        {
            notes.Add(periodNote);
        }

        if (offset > 0)
        {
            notes.Add($"History ends {Iso(window.Last)}, so the forecast starts {Iso(firstForecastDay)}; the days before {Iso(from)} are left out of the totals.");
        }

        var recent = history.Values[^Math.Min(28, history.Values.Length)..];
        var result = new VolumeForecastResult(
            info, from, to, daily.Count, total, (long)Math.Round(total / (double)daily.Count),
            daily.MaxBy(d => d.Packages)!, daily.MinBy(d => d.Packages)!, daily,
            forecast.Model, forecast.Fit?.Form, Math.Round(forecast.BacktestWapePct, 1), forecast.BacktestOrigins, horizon,
            Math.Round(100 * forecast.BacktestCoverage80, 1), Math.Round(100 * forecast.BacktestCoverage95, 1),
            forecast.Candidates.Select(c => new ModelScore(c.Model, Math.Round(c.WapePct, 1))).ToList(),
            forecast.EventsAhead.Where(e => e.Day >= from).Select(e => new EventEffect(e.Day, e.Event, Math.Round(100 * (e.Effect - 1), 1), e.YearsSeen)).ToList(),
            history.LastDay.AddDays(1 - forecast.HistoryDaysUsed), history.LastDay,
            "packages",
            $"Daily forecast from {forecast.HistoryDaysUsed} days of history. Candidate models were backtested from {forecast.BacktestOrigins} origins a week apart at a {horizon}-day horizon, on history with calendar-event effects (holidays, Prime Day, Black Friday to Cyber Monday, December) divided out; the best by WAPE forecasts, and the events' effects learnt from earlier years are put back. Intervals are the model's 80% and 95% prediction intervals.",
            notes,
            VegaLiteChart.Forecast($"Forecast, {info.Name}",
                recent.Select((v, i) => (history.LastDay.AddDays(i + 1 - recent.Length), v)),
                daily.Select(d => (d.Date, (double)d.Packages, (double)d.Lower80, (double)d.Upper80)),
                "Packages"));
        return (result, history);
    }

    public async Task<ForecastBreakdownResult> ForecastBreakdown(
        [Description("Region code or name to break down. Give region or site, or neither for the whole network.")] string? region = null,
        [Description("A delivery station code, to break its forecast down by inbound lane.")] string? site = null,
        [Description("The level of the parts: region, site (delivery stations) or lane. Default: the level just below the scope.")] string? by = null,
        [Description("First day to report, yyyy-MM-dd (default: the day after the last history day).")] string? start = null,
        [Description("Last day to forecast, yyyy-MM-dd. Give end or days, not both.")] string? end = null,
        [Description("Number of days to forecast when no end is given (1-90, default 14).")] int? days = null,
        CancellationToken cancellationToken = default)
    {
        var catalog = await _store.GetCatalogAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(region) && !string.IsNullOrWhiteSpace(site))
        {
            throw new InputError("Give a region or a delivery station to break down, not both.");
        }

        var (scopeLevel, scopeKey, info) = BreakdownScope(catalog, region, site);
        var partsLevel = PartsLevel(by, scopeLevel);
        var window = await _store.GetHistoryWindowAsync(cancellationToken)
            ?? throw new InputError("The store holds no history to forecast from.");
        var firstForecastDay = window.Last.AddDays(1);
        var (from, to, horizon, periodNote) = ForecastDays(start, end, days, window.Last);

        var forecast = await HierarchyForecast(catalog, window, cancellationToken);
        var hierarchy = forecast.Hierarchy;
        var scopeRow = forecast.Row(scopeLevel, scopeKey);
        var inScope = hierarchy.Series[scopeRow].Bottom.ToHashSet();
        var offset = from.DayNumber - firstForecastDay.DayNumber;
        double Sum(double[][] rows, int row) => rows[row].Skip(offset).Take(horizon - offset).Sum();  // the fit runs 90 days; the asked days are sliced out

        var parts = hierarchy.RowsOf(partsLevel)
            .Where(row => hierarchy.Series[row].Bottom.All(inScope.Contains))
            .Select(row => (Key: hierarchy.Series[row].Key, Packages: Round(Sum(forecast.Reconciled, row)), Own: Round(Sum(forecast.Base, row))))
            .OrderByDescending(p => p.Packages)
            .ToList();

        // The total is the sum of the rounded parts, so the numbers shown add up exactly.
        var total = parts.Sum(p => p.Packages);
        var described = parts.Select(p => new BreakdownPart(
            PartKind(partsLevel), p.Key, PartName(catalog, partsLevel, p.Key), p.Packages,
            total == 0 ? 0 : Math.Round(100.0 * p.Packages / total, 1), p.Own)).ToList();
        var largest = described.Take(10).ToList();
        var notes = new List<string>();
        if (periodNote is not null)
        {
            notes.Add(periodNote);
        }

        if (offset > 0)
        {
            notes.Add($"History ends {Iso(window.Last)}, so the forecast starts {Iso(firstForecastDay)}; the days before {Iso(from)} are left out of the totals.");
        }

        if (described.Count > largest.Count)
        {
            notes.Add($"The {largest.Count} largest of {described.Count} parts are listed first; all of them are in the parts list and the totals.");
        }

        return new ForecastBreakdownResult(
            info, from, to, to.DayNumber - from.DayNumber + 1, PartKind(partsLevel),
            total, Round(Sum(forecast.Base, scopeRow)), described, described.Count, largest, described.Count - largest.Count, total - largest.Sum(p => p.Packages),
            forecast.Model, forecast.Method, forecast.ShrinkageIntensity is { } k ? Math.Round(k, 3) : null,
            Math.Abs(Round(Sum(forecast.Base, scopeRow)) - parts.Sum(p => p.Own)), Math.Round(forecast.CoherenceError, 6),
            forecast.FirstDay.AddDays(-forecast.HistoryDaysUsed), window.Last, "packages",
            $"Every series of the delivery hierarchy (each lane into a delivery station, each station, each region, the network; {hierarchy.Count} in all) was forecast on its own from {forecast.HistoryDaysUsed} days of history with ETS on event-adjusted days, then reconciled by minimum trace (MinT) with a shrunk covariance of the one-step errors, so that the parts add up to the total exactly. Own forecast = the series' forecast before reconciling.",
            notes,
            VegaLiteChart.Ranking($"Forecast packages by {PartKind(partsLevel)}, {info.Name}, {Iso(from)} to {Iso(to)}",
                described.Take(20).Select(p => (p.Code, (double)p.Packages)), "Packages"));
    }

    /// <summary>
    /// Fits the whole delivery hierarchy now, if the store's network and history have no fit yet,
    /// so that the first breakdown question finds it done; returns once it is (at once when it
    /// already was). For servers, at start and after imports; <paramref name="percentDone"/> hears
    /// how far it has got.
    /// </summary>
    public async Task WarmUpAsync(Action<int>? percentDone = null, CancellationToken cancellationToken = default)
    {
        var window = await _store.GetHistoryWindowAsync(cancellationToken);
        if (window is null)
        {
            return;
        }

        var preparation = Preparation(await _store.GetCatalogAsync(cancellationToken), window);
        while (!preparation.Forecast.IsCompleted)
        {
            percentDone?.Invoke(preparation.PercentDone);
            await Task.WhenAny(preparation.Forecast, Task.Delay(TimeSpan.FromSeconds(2), cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }

        await preparation.Forecast;
        percentDone?.Invoke(100);
    }

    /// <summary>How far the latest hierarchy fit has got, in whole percent; null before the first is started.</summary>
    public int? BreakdownPercentDone => Volatile.Read(ref _hierarchy)?.PercentDone;

    /// <summary>
    /// The whole hierarchy forecast to the longest horizon, so that every breakdown question until
    /// the next data change (any period, any scope) is answered from one fit. The fit runs once
    /// however many ask at the same time, and carries on when an asker gives up, so that asking
    /// again finds it done. One that is still running after the patience is refused with how far
    /// it has got, rather than left to the tool time limit.
    /// </summary>
    private async Task<DailyHierarchyForecast> HierarchyForecast(Core.Network.NetworkCatalog catalog, HistoryWindow window, CancellationToken cancellationToken)
    {
        var preparation = Preparation(catalog, window);
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        while (!preparation.Forecast.IsCompleted)
        {
            // Every two seconds the asker hears how far it has got (the chat shows it by the tool's name).
            ToolProgress.Report($"preparing, {preparation.PercentDone}% of the delivery hierarchy fitted");
            var step = TimeSpan.FromSeconds(2);
            if (_patience != Timeout.InfiniteTimeSpan)
            {
                var left = _patience - waiting.Elapsed;
                if (left <= TimeSpan.Zero)
                {
                    throw new InputError(
                        $"The forecast breakdown is still being prepared ({preparation.PercentDone}% of the delivery hierarchy fitted, " +
                        $"{preparation.Elapsed.TotalSeconds:0} seconds so far); it is done once for everyone after each data change. Ask again in a few seconds.");
                }

                step = left < step ? left : step;
            }

            try
            {
                await preparation.Forecast.WaitAsync(step, cancellationToken);
            }
            catch (TimeoutException)
            {
                // Not done yet: report and wait again.
            }
        }

        return await preparation.Forecast;
    }

    private HierarchyPreparation Preparation(Core.Network.NetworkCatalog catalog, HistoryWindow window)
    {
        var known = Volatile.Read(ref _hierarchy);
        if (known is null || !known.IsFor(catalog, window.Last))
        {
            var fresh = new HierarchyPreparation(catalog, window.Last, preparation => Task.Run(async () =>
            {
                var data = await DeliveryHierarchy.ReadAsync(_store, catalog, window, CancellationToken.None);
                preparation.SeriesCount(data.Hierarchy.Count);
                return _hierarchyForecaster.Forecast(data.Hierarchy, data.FirstDay, data.LaneHistory, DailyVolumeForecaster.MaxHorizonDays, preparation.SeriesFitted);
            }, CancellationToken.None));
            known = Interlocked.CompareExchange(ref _hierarchy, fresh, known) == known ? fresh : Volatile.Read(ref _hierarchy)!;
        }

        return known;
    }

    private static (string Level, string Key, ScopeInfo Info) BreakdownScope(Core.Network.NetworkCatalog catalog, string? region, string? site)
    {
        if (!string.IsNullOrWhiteSpace(site))
        {
            var s = PlaceResolver.Site(catalog, site);
            return s.Kind == Core.Network.SiteKind.DeliveryStation
                ? (DeliveryHierarchy.StationLevel, s.Code, new ScopeInfo("site", s.Code, s.Name))
                : throw new InputError($"{s.Code} is a {KindName(s.Kind)}; breakdowns follow the delivery hierarchy (network → region → delivery station → inbound lane), so give a delivery station, a region or nothing for the whole network.");
        }

        if (!string.IsNullOrWhiteSpace(region))
        {
            var r = PlaceResolver.Region(catalog, region);
            return (DeliveryHierarchy.RegionLevel, r.Code, new ScopeInfo("region", r.Code, $"the {r.Name} region"));
        }

        return (DeliveryHierarchy.NetworkLevel, DeliveryHierarchy.NetworkLevel, new ScopeInfo("network", null, "the whole network"));
    }

    private static string PartsLevel(string? by, string scopeLevel)
    {
        string[] order = [DeliveryHierarchy.NetworkLevel, DeliveryHierarchy.RegionLevel, DeliveryHierarchy.StationLevel, DeliveryHierarchy.LaneLevel];
        var scopeIndex = Array.IndexOf(order, scopeLevel);
        if (string.IsNullOrWhiteSpace(by))
        {
            return order[scopeIndex + 1];
        }

        var level = by.Trim().ToLowerInvariant().TrimEnd('s') switch
        {
            "region" => DeliveryHierarchy.RegionLevel,
            "site" or "station" or "delivery station" or "d" or "ds" => DeliveryHierarchy.StationLevel,
            "lane" or "inbound lane" => DeliveryHierarchy.LaneLevel,
            _ => throw new InputError($"Break down by region, site (delivery stations) or lane, not '{by}'."),
        };
        return Array.IndexOf(order, level) > scopeIndex
            ? level
            : throw new InputError($"A {PartKind(scopeLevel)} cannot be broken down by {PartKind(level)}; choose a level below it ({string.Join(", ", order.Skip(scopeIndex + 1).Select(PartKind))}).");
    }

    private static string PartKind(string level) => level switch
    {
        DeliveryHierarchy.StationLevel => "delivery station",
        _ => level,
    };

    private static string PartName(Core.Network.NetworkCatalog catalog, string level, string key) => level switch
    {
        DeliveryHierarchy.RegionLevel => catalog.FindRegion(key)?.Name ?? key,
        DeliveryHierarchy.StationLevel => catalog.FindSite(key)?.Name ?? key,
        DeliveryHierarchy.LaneLevel when catalog.FindLane(key) is { } lane => $"{lane.Origin} → {lane.Destination}",
        _ => key,
    };

    private static string KindName(Core.Network.SiteKind kind) => kind switch
    {
        Core.Network.SiteKind.FulfillmentCenter => "fulfillment center",
        Core.Network.SiteKind.SortCenter => "sort center",
        _ => "delivery station",
    };

    public async Task<ForecastAccuracyResult> ForecastAccuracy(
        [Description("Site code, e.g. SEA4. Give at most one of site, lane, region; none means the whole network.")] string? site = null,
        [Description("Lane as ORIGIN-DESTINATION.")] string? lane = null,
        [Description("Region code or name.")] string? region = null,
        [Description("The horizon to judge, in days (1-90, default 7).")] int days = 7,
        CancellationToken cancellationToken = default)
    {
        if (days is < 1 or > DailyVolumeForecaster.MaxHorizonDays)
        {
            throw new InputError($"The horizon must be 1 to {DailyVolumeForecaster.MaxHorizonDays} days, not {days}.");
        }

        var catalog = await _store.GetCatalogAsync(cancellationToken);
        var (scope, info) = VolumeScopes.Resolve(catalog, site, lane, region);
        var window = await _store.GetHistoryWindowAsync(cancellationToken)
            ?? throw new InputError("The store holds no history to judge forecasts on.");
        var forecast = Forecast(scope, catalog, await History(scope, window, cancellationToken), days);
        return new ForecastAccuracyResult(
            info, days, forecast.BacktestOrigins, forecast.Model, Math.Round(forecast.BacktestWapePct, 1), [80, 95],
            Math.Round(100 * forecast.BacktestCoverage80, 1), Math.Round(100 * forecast.BacktestCoverage95, 1),
            forecast.Candidates.Select(c => new ModelScore(c.Model, Math.Round(c.WapePct, 1))).ToList(),
            window.Last,
            $"Rolling-origin backtest: each model forecast {days} days from {forecast.BacktestOrigins} past origins a week apart, using only the history before each origin; WAPE = Σ|actual − forecast| / Σ actual over those days.");
    }

    public async Task<HourlyForecastResult> ForecastHourly(
        [Description("Sort center code, e.g. PDX2.")] string site,
        [Description("The day, yyyy-MM-dd (default: the first day without history, today).")] string? date = null,
        CancellationToken cancellationToken = default)
    {
        var daily = await ForecastVolume(site: site, start: date, end: date, cancellationToken: cancellationToken);
        var day = daily.Daily[0];
        var profile = await _store.GetHourlyProfileAsync(daily.Scope.Code!, cancellationToken);
        if (profile.Count == 0)
        {
            throw new InputError($"There is no hourly profile for {daily.Scope.Code}; hourly forecasts are made for sort centers.");
        }

        var hours = profile.Select(h => new HourForecast(h.Hour, Round(day.Packages * h.Share), Round(day.Lower80 * h.Share), Round(day.Upper80 * h.Share))).ToList();
        var peak = hours.MaxBy(h => h.Packages)!;
        var capacity = (await _store.GetCatalogAsync(cancellationToken)).FindCapacity(daily.Scope.Code!)?.SortCapacityPackagesPerHour;
        return new HourlyForecastResult(
            daily.Scope, day.Date, day.Packages, day.Lower80, day.Upper80, hours, peak, capacity,
            capacity is > 0 ? Math.Round(100.0 * peak.Packages / capacity.Value, 1) : null,
            daily.Model,
            "The day's forecast (see forecast_volume) spread over the hours by the site's typical share of daily volume per hour; the 80% band is spread the same way.",
            VegaLiteChart.Hourly($"Forecast packages per hour, {daily.Scope.Code}, {Iso(day.Date)}", hours.Select(h => (h.Hour, (double)h.Packages)), "Packages"));
    }

    public async Task<ForecastExplanation> ExplainForecast(
        [Description("The day to explain, yyyy-MM-dd.")] string date,
        [Description("Site code, e.g. SEA4. Give at most one of site, lane, region; none means the whole network.")] string? site = null,
        [Description("Lane as ORIGIN-DESTINATION.")] string? lane = null,
        [Description("Region code or name.")] string? region = null,
        CancellationToken cancellationToken = default)
    {
        var (forecast, history) = await ForecastWithHistory(site, lane, region, date, date, null, cancellationToken);
        var day = forecast.Daily[0];

        // The last eight weeks of ordinary days (no calendar event): the typical day, each
        // weekday's share of it, and the last four weeks against the four before.
        var ordinary = Enumerable.Range(0, 56)
            .Select(back => (Day: history.LastDay.AddDays(-back), Value: history.Values[^(back + 1)]))
            .Where(x => DayEvent.Of(x.Day) is null)
            .ToList();
        var recent = ordinary.Where(x => x.Day > history.LastDay.AddDays(-28)).ToList();
        var earlier = ordinary.Where(x => x.Day <= history.LastDay.AddDays(-28)).ToList();
        var typical = recent.Average(x => x.Value);
        var sameWeekday = ordinary.Where(x => x.Day.DayOfWeek == day.Date.DayOfWeek).ToList();
        var weekdayEffect = sameWeekday.Count == 0 ? 0 : 100 * (sameWeekday.Average(x => x.Value) / ordinary.Average(x => x.Value) - 1);
        var trend = earlier.Count == 0 ? 0 : 100 * (typical / earlier.Average(x => x.Value) - 1);
        var evt = forecast.EventsAhead.FirstOrDefault(e => e.Date == day.Date);
        return new ForecastExplanation(
            forecast.Scope, day.Date, day.Date.DayOfWeek.ToString(), day.Packages, 80, day.Lower80, day.Upper80,
            (long)Math.Round(typical), Math.Round(weekdayEffect, 1), evt?.Event, evt?.EffectPct, evt?.YearsSeen,
            Math.Round(trend, 1), forecast.Model, forecast.BacktestWapePct,
            "Typical day: mean of the last 28 days without calendar events. Weekday effect: that weekday's mean over the last 8 weeks of ordinary days against all of them. Event effect: learnt from the same event in earlier years. Trend: the last 28 days against the 28 before. The forecast itself comes from forecast_volume.");
    }

    private DailyForecast Forecast(VolumeScope scope, Core.Network.NetworkCatalog catalog, DailyHistory history, int horizon)
    {
        // The catalog object changes with every import, so an entry made before one is never reused.
        var key = ($"{scope.Kind}:{scope.Code}", history.LastDay, horizon);
        if (_recent.TryGetValue(key, out var known) && ReferenceEquals(known.Catalog, catalog))
        {
            return known.Forecast;
        }

        var forecast = _forecaster.Forecast(history, horizon);
        if (_recent.Count >= RecentLimit)
        {
            _recent.Clear();
        }

        _recent[key] = (catalog, forecast);
        return forecast;
    }

    private async Task<DailyHistory> History(VolumeScope scope, HistoryWindow window, CancellationToken cancellationToken)
    {
        var from = window.Last.AddDays(1 - DailyVolumeForecaster.HistoryDays);
        var stored = await _store.GetVolumeAsync(scope, from < window.First ? window.First : from, window.Last, cancellationToken);
        if (stored.Count < 35)
        {
            throw new InputError($"There are only {stored.Count} days of history for this scope; a forecast needs at least 35.");
        }

        // Missing days count as zero volume: the forecaster needs one value a day.
        var first = stored[0].Date;
        var values = new double[window.Last.DayNumber - first.DayNumber + 1];
        foreach (var day in stored)
        {
            values[day.Date.DayNumber - first.DayNumber] = day.Packages;
        }

        return new DailyHistory(first, values);
    }

    /// <summary>The asked days ahead and the horizon they need, refused when it reaches past what is forecast.</summary>
    private static (DateOnly From, DateOnly To, int Horizon, string? Note) ForecastDays(string? start, string? end, int? days, DateOnly lastHistoryDay)
    {
        var (from, to, note) = Period(start, end, days, lastHistoryDay.AddDays(1));
        var horizon = to.DayNumber - lastHistoryDay.DayNumber;
        return horizon <= DailyVolumeForecaster.MaxHorizonDays
            ? (from, to, horizon, note)
            : throw new InputError($"Forecasts reach at most {DailyVolumeForecaster.MaxHorizonDays} days past the last history day ({Iso(lastHistoryDay)}); {Iso(to)} is {horizon} days out.");
    }

    private static (DateOnly From, DateOnly To, string? Note) Period(string? start, string? end, int? days, DateOnly firstForecastDay)
    {
        if (end is not null && days is not null)
        {
            throw new InputError("Give an end date or a number of days, not both.");
        }

        var from = ParseDay(start, "start") ?? firstForecastDay;
        var endDay = ParseDay(end, "end");
        string? note = null;
        if (from < firstForecastDay)
        {
            // A period that began in the past ("this week") is forecast from today; days already
            // recorded are history, and the note says so.
            if (endDay is null || endDay < firstForecastDay)
            {
                throw new InputError($"{Iso(from)} is in the history (which runs to {Iso(firstForecastDay.AddDays(-1))}); ask for the volume there, or forecast from {Iso(firstForecastDay)} on.");
            }

            note = $"The days from {Iso(from)} to {Iso(firstForecastDay.AddDays(-1))} are history (ask for the volume there); the forecast covers {Iso(firstForecastDay)} on.";
            from = firstForecastDay;
        }

        if (days is < 1 or > DailyVolumeForecaster.MaxHorizonDays)
        {
            throw new InputError($"Days must be 1 to {DailyVolumeForecaster.MaxHorizonDays}, not {days}.");
        }

        var to = endDay ?? (start is not null && days is null ? from.AddDays(DefaultDays - 1) : from.AddDays((days ?? DefaultDays) - 1));
        if (to < from)
        {
            throw new InputError($"The end {Iso(to)} is before the start {Iso(from)}.");
        }

        return (from, to, note);
    }

    private static DateOnly? ParseDay(string? text, string name) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new InputError($"The {name} date '{text}' is not a date in the form yyyy-MM-dd.");

    private static long Round(double value) => (long)Math.Round(Math.Max(0, value));

    private static string Iso(DateOnly day) => HistoryRange.Iso(day);
}
