namespace Assistant.Forecasting.Hierarchy;

/// <summary>
/// A forecaster that also says how wrong it was one step ahead over the history, which is what
/// MinT needs to weigh the series of a hierarchy against each other. Like <see cref="IForecaster"/>,
/// stateless and safe to call from many threads, one series per call.
/// </summary>
public interface IResidualForecaster
{
    string Name { get; }

    ForecastWithResiduals Forecast(TimeSeries series, int horizon);
}
