namespace Assistant.Forecasting.Metrics;

/// <summary>
/// A method's accuracy on a set of series the way M4 reports it: sMAPE and MASE per series over
/// the whole horizon, then the plain mean over series (every series weighs the same, whatever its
/// scale or length).
/// </summary>
public sealed record SetAccuracy(double Smape, double Mase, int Series)
{
    /// <summary>Scores forecasts[i] against actuals[i], scaling MASE by histories[i].</summary>
    public static SetAccuracy Of(IReadOnlyList<double[]> actuals, IReadOnlyList<double[]> forecasts, IReadOnlyList<double[]> histories, int seasonLength)
    {
        if (actuals.Count == 0 || forecasts.Count != actuals.Count || histories.Count != actuals.Count)
        {
            throw new ArgumentException($"Need one forecast and one history per series: {actuals.Count} actual paths, {forecasts.Count} forecasts, {histories.Count} histories.");
        }

        // Summed in series order, so a parallel run scores exactly like a sequential one.
        double smape = 0, mase = 0;
        for (var i = 0; i < actuals.Count; i++)
        {
            smape += Metrics.Smape.Of(actuals[i], forecasts[i]);
            mase += Metrics.Mase.Of(actuals[i], forecasts[i], histories[i], seasonLength);
        }

        return new SetAccuracy(smape / actuals.Count, mase / actuals.Count, actuals.Count);
    }
}
