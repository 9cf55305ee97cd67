namespace Assistant.Forecasting.Global;

/// <summary>
/// A global model that, besides its forecasts, forecasts each series' last <c>horizon</c> values
/// from the origin before them, those values having been kept out of its training labels. The
/// errors there are honest, so whatever is built on the model (a combination) can calibrate its
/// own intervals on them.
/// </summary>
public interface IHeldOutForecaster : IGlobalForecaster
{
    /// <summary>The forecasts, and per series the held-out forecast of its last <paramref name="horizon"/> values (null where the series was too short to hold them out).</summary>
    HeldOutForecasts ForecastWithHeldOut(IReadOnlyList<TimeSeries> series, int horizon);
}

/// <summary>Forecasts of the future and, per series, of its held-out last horizon (null when not held out).</summary>
public sealed record HeldOutForecasts(IReadOnlyList<Forecast> Forecasts, IReadOnlyList<double[]?> HeldOut);
