using Assistant.Forecasting.Models.Ets;

namespace Assistant.Forecasting.Hierarchy;

/// <summary>
/// AutoETS (the same forms, fit and AICc choice as <see cref="Models.AutoEts"/>, so the same mean
/// forecast) with the chosen model's one-step fitted values. Residuals are the model's own
/// in-sample one-step errors with its parameters held at the fitted values, the usual meaning of
/// "fitted values" for ETS and what Wickramasuriya et al. use; they come from one pass of the
/// recursions over the history, no refits. Response residuals, y − ŷ, also for
/// multiplicative errors, because W is the covariance of errors on the series' own scale.
/// Intervals are not simulated (reconciliation only moves the means); the forecast's intervals
/// equal its mean.
/// </summary>
public sealed class EtsWithResiduals(int maxEvaluations = 600) : IResidualForecaster
{
    public string Name => "ets";

    public ForecastWithResiduals Forecast(TimeSeries series, int horizon)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        var y = series.Values;
        var best = y.Length < 4 ? null : Select(y, series.SeasonLength);
        if (best is null)
        {
            return LastValue(series, horizon);
        }

        var model = best.Model;
        var fitted = new double[y.Length];
        model.Filter(y, out _, out _, fitted);

        var residuals = new double[y.Length];
        for (var t = 0; t < y.Length; t++)
        {
            residuals[t] = y[t] - fitted[t];
        }

        var forecast = Assistant.Forecasting.Forecast.PointOnly(model.Form.Name, model.ForecastMean(best.State, horizon)) with
        {
            Fit = new ModelFit(model.Form.Name, new Dictionary<string, double> { ["alpha"] = model.Alpha }, best.Aicc, best.Sigma),
        };
        return new ForecastWithResiduals(forecast, residuals);
    }

    private EtsFitter.Fitted? Select(double[] y, int seasonLength)
    {
        var positive = y.All(v => v > 0);
        EtsFitter.Fitted? best = null;
        foreach (var form in EtsForm.Candidates(positive, seasonLength, y.Length))
        {
            var fitted = EtsFitter.Fit(form, y, seasonLength, maxEvaluations);
            if (fitted is not null && (best is null || fitted.Aicc < best.Aicc))
            {
                best = fitted;
            }
        }

        return best;
    }

    /// <summary>As AutoEts does when nothing fits: the last value carried on, with naive residuals.</summary>
    private static ForecastWithResiduals LastValue(TimeSeries series, int horizon)
    {
        var y = series.Values;
        var last = y.Length == 0 ? 0 : y[^1];
        var residuals = y.Select((v, t) => t == 0 ? double.NaN : v - y[t - 1]).ToArray();
        return new ForecastWithResiduals(Assistant.Forecasting.Forecast.PointOnly("last value", Enumerable.Repeat(last, horizon).ToArray()), residuals);
    }
}
