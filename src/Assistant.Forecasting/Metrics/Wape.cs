namespace Assistant.Forecasting.Metrics;

/// <summary>
/// Weighted absolute percentage error: Σ|y − ŷ| / Σ|y|, a fraction (0.1 = 10%). Unlike MAPE it
/// does not blow up on the quiet periods of a series, which is why planners prefer it for volume.
/// </summary>
public static class Wape
{
    public static double Of(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        Check.SameLength(actual, forecast, nameof(forecast));
        double error = 0, volume = 0;
        for (var t = 0; t < actual.Length; t++)
        {
            error += Math.Abs(actual[t] - forecast[t]);
            volume += Math.Abs(actual[t]);
        }

        return error / volume;
    }
}
