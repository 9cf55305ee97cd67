namespace Assistant.Forecasting.Hierarchy;

/// <summary>
/// A base forecast and the model's in-sample one-step residuals y_t − ŷ_{t|t−1}, one per history
/// period (NaN where the model gives none), on the scale of the series.
/// </summary>
public sealed record ForecastWithResiduals(Forecast Forecast, double[] Residuals);
