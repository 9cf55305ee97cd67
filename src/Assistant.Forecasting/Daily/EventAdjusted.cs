namespace Assistant.Forecasting.Daily;

/// <summary>
/// Wraps a model for daily series with calendar events: learns the events' effects from the
/// history it is given (never from the future), divides them out, lets the inner model forecast
/// the ordinary days, and multiplies the effects back into the days ahead.
/// </summary>
public sealed class EventAdjusted(IForecaster inner) : IForecaster
{
    public string Name => $"{inner.Name} + calendar events";

    public Forecast Forecast(TimeSeries series, int horizon)
    {
        if (series.FirstDay is not { } first)
        {
            return inner.Forecast(series, horizon);
        }

        var effects = EventEffects.Learn(first, series.Values);
        var adjusted = new double[series.Length];
        for (var t = 0; t < series.Length; t++)
        {
            var effect = effects.EffectOn(first.AddDays(t));
            adjusted[t] = effect > 0.05 ? series.Values[t] / effect : series.Values[t];
        }

        var baseForecast = inner.Forecast(series with { Values = adjusted }, horizon);
        var start = first.AddDays(series.Length);
        double[] Scale(double[] path) => path.Select((v, h) => v * effects.EffectOn(start.AddDays(h))).ToArray();
        return new Forecast(Name, Scale(baseForecast.Mean), Scale(baseForecast.Lower80), Scale(baseForecast.Upper80),
            Scale(baseForecast.Lower95), Scale(baseForecast.Upper95))
        {
            Fit = baseForecast.Fit is { } fit ? fit with { Form = $"{fit.Form} on event-adjusted days" } : null,
        };
    }
}
