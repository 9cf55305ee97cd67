namespace Assistant.Forecasting.Daily;

/// <summary>
/// A daily forecast with what a planner needs to trust it: the intervals, the model that made it
/// and why (its rolling-origin WAPE at this horizon against the other candidates), the interval
/// coverage seen in the backtest, and the calendar events ahead with their learnt effects.
/// </summary>
public sealed record DailyForecast(
    DateOnly FirstDay,
    double[] Mean,
    double[] Lower80,
    double[] Upper80,
    double[] Lower95,
    double[] Upper95,
    string Model,
    ModelFit? Fit,
    double BacktestWapePct,
    double BacktestCoverage80,
    double BacktestCoverage95,
    int BacktestOrigins,
    IReadOnlyList<CandidateScore> Candidates,
    IReadOnlyList<EventAhead> EventsAhead,
    int HistoryDaysUsed);

/// <summary>A candidate model and its backtest WAPE (percent) at the asked horizon.</summary>
public sealed record CandidateScore(string Model, double WapePct);

/// <summary>A calendar event inside the forecast horizon and how much it moves volume (1.35 = +35%).</summary>
public sealed record EventAhead(DateOnly Day, string Event, double Effect, int YearsSeen);
