namespace Assistant.Forecasting.Metrics;

/// <summary>
/// Overall weighted average, M4's ranking measure: ½(sMAPE / sMAPE_Naive2 + MASE / MASE_Naive2),
/// where each term is a ratio of set-level means (mean over series first, then the ratio; not a
/// mean of per-series ratios). Below 1 beats Naive2.
/// </summary>
public static class Owa
{
    public static double Of(double smape, double mase, double naive2Smape, double naive2Mase) =>
        0.5 * (smape / naive2Smape + mase / naive2Mase);

    public static double Of(SetAccuracy model, SetAccuracy naive2) => Of(model.Smape, model.Mase, naive2.Smape, naive2.Mase);

    /// <summary>
    /// OWA as the M4 results tables print it: computed from sMAPE and MASE already rounded to three
    /// decimals (the official Hourly sNaive OWA, 0.627454, is ½(13.912/18.383 + 1.193/2.395)). From
    /// the unrounded means the same forecasts give 0.6275 and round the other way, so comparisons
    /// with the published tables use this one.
    /// </summary>
    public static double AsPublished(SetAccuracy model, SetAccuracy naive2) =>
        Of(Math.Round(model.Smape, 3), Math.Round(model.Mase, 3), Math.Round(naive2.Smape, 3), Math.Round(naive2.Mase, 3));
}
