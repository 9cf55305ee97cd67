using Assistant.Forecasting.Backtesting;

namespace Assistant.Forecasting.Daily;

/// <summary>
/// Forecasts a site's or lane's daily volume: each candidate model runs on the event-adjusted
/// history (weekly season of 7 days), the one with the lowest rolling-origin WAPE at the asked
/// horizon is chosen, and its forecast carries the calendar events ahead. Uses the last
/// <see cref="HistoryDays"/> days: enough to learn each event from earlier years, short enough
/// to answer in well under a second.
/// </summary>
public sealed class DailyVolumeForecaster(IReadOnlyList<IForecaster> candidates, int backtestOrigins = 4)
{
    public const int HistoryDays = 2 * 365 + 7;
    public const int MaxHorizonDays = 90;

    public DailyForecast Forecast(DailyHistory history, int horizonDays)
    {
        if (horizonDays is < 1 or > MaxHorizonDays)
        {
            throw new ArgumentOutOfRangeException(nameof(horizonDays), $"The horizon must be 1 to {MaxHorizonDays} days.");
        }

        var skip = Math.Max(0, history.Values.Length - HistoryDays);
        var first = history.FirstDay.AddDays(skip);
        var series = new TimeSeries("daily", history.Values[skip..], 7) { FirstDay = first };
        if (series.Length < 3 * 7 + horizonDays)
        {
            throw new ArgumentException($"At least {3 * 7 + horizonDays} days of history are needed for a {horizonDays}-day forecast; there are {series.Length}.", nameof(history));
        }

        var adjusted = candidates.Select(c => (IForecaster)new EventAdjusted(c)).ToList();
        var choice = new BacktestSelection(adjusted, backtestOrigins, step: 7).Choose(series, horizonDays);
        var chosen = choice.Backtests.Single(b => b.Model == choice.Chosen.Name);
        var (coverage80, coverage95) = chosen.Coverage;
        var effects = EventEffects.Learn(first, series.Values);
        var start = history.LastDay.AddDays(1);
        var events = Enumerable.Range(0, horizonDays)
            .Select(h => start.AddDays(h))
            .Select(day => (Day: day, Name: DayEvent.Of(day)))
            .Where(x => x.Name is not null && effects.All.ContainsKey(x.Name))
            .Select(x => new EventAhead(x.Day, x.Name!, Math.Round(effects.All[x.Name!].Effect, 3), effects.All[x.Name!].Years))
            .ToList();
        var f = choice.Forecast;
        return new DailyForecast(
            start, f.Mean, f.Lower80, f.Upper80, f.Lower95, f.Upper95, f.Model, f.Fit,
            chosen.WapePct, coverage80, coverage95, chosen.Origins.Count,
            choice.Backtests.Select(b => new CandidateScore(b.Model, b.WapePct)).ToList(),
            events,
            series.Length);
    }
}
