using Assistant.Forecasting.Models.Ets;

namespace Assistant.Forecasting.Models;

/// <summary>
/// Exponential smoothing with automatic form selection: every admissible ETS form is fitted by
/// maximum likelihood and the one with the lowest AICc forecasts. Prediction intervals are the
/// 2.5/10/90/97.5% quantiles of simulated future paths of the chosen model.
/// </summary>
public sealed class AutoEts(int simulatedPaths = 1000, int maxEvaluations = 600) : IForecaster
{
    public string Name => "ets";

    public Forecast Forecast(TimeSeries series, int horizon)
    {
        var y = series.Values;
        if (y.Length < 4)
        {
            return Flat(series, horizon);
        }

        var positive = y.All(v => v > 0);
        EtsFitter.Fitted? best = null;
        foreach (var form in EtsForm.Candidates(positive, series.SeasonLength, y.Length))
        {
            var fitted = EtsFitter.Fit(form, y, series.SeasonLength, maxEvaluations);
            if (fitted is not null && (best is null || fitted.Aicc < best.Aicc))
            {
                best = fitted;
            }
        }

        if (best is null)
        {
            return Flat(series, horizon);
        }

        var model = best.Model;
        var mean = model.ForecastMean(best.State, horizon);
        var paths = model.SimulatePaths(best.State, horizon, best.Sigma, simulatedPaths, StableSeed(series.Id));
        var (lo95, lo80, hi80, hi95) = Quantiles.Of(paths, horizon);
        var parameters = new Dictionary<string, double> { ["alpha"] = model.Alpha };
        if (model.Form.HasTrend) parameters["beta"] = model.Beta;
        if (model.Form.HasSeason) parameters["gamma"] = model.Gamma;
        if (model.Form.Trend == EtsTrend.Damped) parameters["phi"] = model.Phi;
        return new Forecast(model.Form.Name, mean, lo80, hi80, lo95, hi95)
        {
            Fit = new ModelFit(model.Form.Name, parameters, best.Aicc, best.Sigma),
        };
    }

    /// <summary>Too little history to fit: the last value carried forward, with no interval claimed.</summary>
    private static Forecast Flat(TimeSeries series, int horizon) =>
        Assistant.Forecasting.Forecast.PointOnly("last value", Enumerable.Repeat(series.Values.Length == 0 ? 0 : series.Values[^1], horizon).ToArray());

    /// <summary>A seed from the series id, so a series always gets the same intervals.</summary>
    private static int StableSeed(string id)
    {
        var hash = 17;
        foreach (var c in id)
        {
            hash = unchecked(hash * 31 + c);
        }

        return hash;
    }
}
