namespace Assistant.Forecasting.Batch;

/// <summary>
/// A model as a batch uses it: <see cref="Backtest"/> is what the rolling-origin backtest runs
/// and <see cref="Final"/> what forecasts once the model is chosen. They differ only where the
/// backtest can be cheaper without changing its verdict: a backtest scores the mean path alone,
/// so AutoETS there simulates one path instead of a thousand (its fit and mean are the same),
/// which for short series is most of its time.
/// </summary>
public sealed record BatchCandidate(IForecaster Backtest, IForecaster Final)
{
    public string Name => Final.Name;

    /// <summary>A model that costs the same either way.</summary>
    public static BatchCandidate Same(IForecaster model) => new(model, model);
}
