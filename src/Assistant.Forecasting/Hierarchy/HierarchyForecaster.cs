namespace Assistant.Forecasting.Hierarchy;

/// <summary>
/// Base forecasts for a whole hierarchy: every series (aggregates and bottom alike) is built from
/// the bottom histories and forecast on its own, in parallel over series, ready for an
/// <see cref="IReconciler"/>.
/// </summary>
public static class HierarchyForecaster
{
    /// <summary>
    /// The base forecasts of every row of <paramref name="hierarchy"/> given the bottom series'
    /// histories (one array per bottom series, all the same length and aligned in time).
    /// </summary>
    public static BaseForecasts Forecast(SeriesHierarchy hierarchy, IReadOnlyList<double[]> bottomHistory, int seasonLength, int horizon, IResidualForecaster model)
    {
        var history = hierarchy.Aggregate(bottomHistory);
        var results = new ForecastWithResiduals[hierarchy.Count];
        Parallel.For(0, hierarchy.Count, i =>
            results[i] = model.Forecast(new TimeSeries(hierarchy.Series[i].Id, history[i], seasonLength), horizon));
        return new BaseForecasts([.. results.Select(r => r.Forecast.Mean)], [.. results.Select(r => r.Residuals)]);
    }
}
