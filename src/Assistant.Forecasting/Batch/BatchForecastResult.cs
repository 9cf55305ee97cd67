namespace Assistant.Forecasting.Batch;

/// <summary>
/// One series' forecast from a batch: its position in the input (results are handed back in that
/// order), the candidate that made it (<see cref="Chosen"/>, e.g. "ets"; the forecast's own
/// model name is the fitted form, e.g. "ETS(A,N,A)"), the forecast with nested intervals, and
/// whether the candidate was chosen by backtest or, for a series too short to backtest, taken
/// as the first one.
/// </summary>
public sealed record BatchForecastResult(int Index, TimeSeries Series, string Chosen, Forecast Forecast, bool Backtested);
