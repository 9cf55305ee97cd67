namespace Assistant.Forecasting.Hierarchy;

/// <summary>
/// Residuals for any <see cref="IForecaster"/>: the model is refitted on every prefix of the
/// history from <paramref name="firstOrigin"/> values on and asked for one step; the residual is
/// the miss (NaN before the first origin). This is the honest out-of-sample one-step error and
/// needs nothing from the model but its forecasts, at the cost of one fit per period: free for
/// the naive methods, a minute or so for AutoETS on a few hundred series, which is why ETS has
/// <see cref="EtsWithResiduals"/>. For the seasonal naive method the residuals are exactly the
/// seasonal differences y_t − y_{t−m}.
/// </summary>
public sealed class RollingOriginResiduals(IForecaster model, int firstOrigin) : IResidualForecaster
{
    public string Name => model.Name;

    public ForecastWithResiduals Forecast(TimeSeries series, int horizon)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstOrigin, 1);
        var y = series.Values;
        var residuals = new double[y.Length];
        for (var t = 0; t < y.Length; t++)
        {
            residuals[t] = t < firstOrigin
                ? double.NaN
                : y[t] - model.Forecast(series with { Values = y[..t] }, 1).Mean[0];
        }

        return new ForecastWithResiduals(model.Forecast(series, horizon), residuals);
    }
}
