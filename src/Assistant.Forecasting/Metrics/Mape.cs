namespace Assistant.Forecasting.Metrics;

/// <summary>
/// Mean absolute percentage error, mean over t of 100·|y − ŷ| / |y|: the tourism competition's
/// headline measure. Undefined when an actual value is zero (the result is then infinite), which
/// is why volume planning prefers <see cref="Wape"/>.
/// </summary>
public static class Mape
{
    public static double Of(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        Check.SameLength(actual, forecast, nameof(forecast));
        var sum = 0.0;
        for (var t = 0; t < actual.Length; t++)
        {
            sum += 100 * Math.Abs(actual[t] - forecast[t]) / Math.Abs(actual[t]);
        }

        return sum / actual.Length;
    }
}
