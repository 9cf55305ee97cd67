namespace Assistant.Forecasting.Metrics;

/// <summary>
/// Forecast bias relative to volume: Σ(ŷ − y) / Σ|y|, a fraction. Positive means the forecast
/// ran high (over-planned capacity), negative that it ran low.
/// </summary>
public static class Bias
{
    public static double Of(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        Check.SameLength(actual, forecast, nameof(forecast));
        double over = 0, volume = 0;
        for (var t = 0; t < actual.Length; t++)
        {
            over += forecast[t] - actual[t];
            volume += Math.Abs(actual[t]);
        }

        return over / volume;
    }
}
