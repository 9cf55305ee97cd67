namespace Assistant.Forecasting.Global;

/// <summary>
/// A forecasting method that learns from a whole set of series at once (one model for all of
/// them) and then forecasts each: given the histories, one forecast of <c>horizon</c> periods per
/// series, in the order given. Implementations see only the histories passed in; nothing after
/// each series' last value is used.
/// </summary>
public interface IGlobalForecaster
{
    string Name { get; }

    /// <exception cref="ArgumentException">The set is empty, a series is empty or holds a non-finite value, or the series disagree on their seasons.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is below 1.</exception>
    IReadOnlyList<Forecast> Forecast(IReadOnlyList<TimeSeries> series, int horizon);
}
