using Assistant.Forecasting.Hierarchy;

namespace Assistant.Forecasting.Daily;

/// <summary>
/// <see cref="EventAdjusted"/> for models that also report their one-step residuals (what MinT
/// weighs series by): calendar-event effects learnt from the history are divided out before the
/// inner model runs and multiplied back into its forecast and its residuals, so both are on the
/// series' own scale. Series without a first day run unadjusted. With <paramref name="fitDays"/>,
/// the effects are still learnt from the whole history (they need earlier years) but the inner
/// model is fitted on the last <paramref name="fitDays"/> adjusted days only, which is where most
/// of the time goes; earlier days get no residual (NaN).
/// </summary>
public sealed class EventAdjustedResiduals(IResidualForecaster inner, int? fitDays = null) : IResidualForecaster
{
    public string Name => $"{inner.Name} + calendar events";

    public ForecastWithResiduals Forecast(TimeSeries series, int horizon)
    {
        if (series.FirstDay is not { } first)
        {
            return inner.Forecast(series, horizon);
        }

        var effects = EventEffects.Learn(first, series.Values);
        var effect = new double[series.Length];
        var adjusted = new double[series.Length];
        for (var t = 0; t < series.Length; t++)
        {
            // A near-zero effect (a closed day) would blow the adjusted value up; such days stay as they are.
            effect[t] = effects.EffectOn(first.AddDays(t)) is var e && e > 0.05 ? e : 1.0;
            adjusted[t] = series.Values[t] / effect[t];
        }

        var skip = fitDays is { } days ? Math.Max(0, series.Length - days) : 0;
        var result = inner.Forecast(series with { Values = adjusted[skip..], FirstDay = first.AddDays(skip) }, horizon);
        var start = first.AddDays(series.Length);
        var mean = result.Forecast.Mean.Select((v, h) => v * effects.EffectOn(start.AddDays(h))).ToArray();
        var residuals = new double[series.Length];
        Array.Fill(residuals, double.NaN);
        for (var t = skip; t < series.Length; t++)
        {
            residuals[t] = result.Residuals[t - skip] * effect[t];
        }

        return new ForecastWithResiduals(Assistant.Forecasting.Forecast.PointOnly(Name, mean) with { Fit = result.Forecast.Fit }, residuals);
    }
}
