namespace Assistant.Forecasting.Hierarchy;

/// <summary>
/// The independent ("base") forecasts of every series of a hierarchy, one row per series in the
/// hierarchy's row order: the mean path over the horizon, and the in-sample one-step residuals
/// that MinT estimates the forecast error covariance from (all rows the same length, aligned in
/// time; NaN where a model has no residual, e.g. before a rolling refit's first origin).
/// </summary>
public sealed record BaseForecasts(double[][] Mean, double[][] Residuals)
{
    public int Horizon => Mean.Length == 0 ? 0 : Mean[0].Length;
}
