namespace Assistant.Forecasting.Backtesting;

/// <summary>
/// Chooses, for each series, the candidate with the lowest rolling-origin WAPE at the asked
/// horizon, and forecasts with it. The backtest of every candidate is kept, so that the choice
/// can be explained ("ETS had 6.1% WAPE over 4 origins, seasonal naive 8.3%").
/// </summary>
public sealed class BacktestSelection(IReadOnlyList<IForecaster> candidates, int origins = 4, int step = 7) : IForecaster
{
    public string Name => "best-of-backtest";

    public sealed record Choice(Forecast Forecast, IForecaster Chosen, IReadOnlyList<Backtest.Result> Backtests);

    public Forecast Forecast(TimeSeries series, int horizon) => Choose(series, horizon).Forecast;

    public Choice Choose(TimeSeries series, int horizon)
    {
        var backtests = candidates.Select(c => Backtest.Run(c, series, horizon, origins, step)).ToList();
        var bestIndex = 0;
        for (var i = 1; i < candidates.Count; i++)
        {
            if (Better(backtests[i].WapePct, backtests[bestIndex].WapePct))
            {
                bestIndex = i;
            }
        }

        var chosen = candidates[bestIndex];
        return new Choice(chosen.Forecast(series, horizon), chosen, backtests);
    }

    private static bool Better(double candidate, double incumbent) =>
        !double.IsNaN(candidate) && (double.IsNaN(incumbent) || candidate < incumbent);
}
