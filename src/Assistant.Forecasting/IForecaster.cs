namespace Assistant.Forecasting;

/// <summary>
/// A forecasting method: given a series' history, the forecast for the next <c>horizon</c>
/// periods. Implementations are stateless and safe to call from many threads at once, one
/// series per call.
/// </summary>
public interface IForecaster
{
    string Name { get; }

    Forecast Forecast(TimeSeries series, int horizon);
}
