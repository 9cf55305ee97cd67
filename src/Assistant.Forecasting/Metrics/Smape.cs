namespace Assistant.Forecasting.Metrics;

/// <summary>
/// Symmetric mean absolute percentage error as the M4 competition defines it: the mean over the
/// horizon of 200·|y − ŷ| / (|y| + |ŷ|), in percent (0 to 200).
/// </summary>
public static class Smape
{
    public static double Of(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        Check.SameLength(actual, forecast, nameof(forecast));
        var sum = 0.0;
        for (var t = 0; t < actual.Length; t++)
        {
            var denominator = Math.Abs(actual[t]) + Math.Abs(forecast[t]);
            // Both zero is a perfect forecast of a zero; M4's formula would give 0/0 there, but no
            // M4 series has a zero, and counting it as no error keeps the mean defined.
            sum += denominator == 0 ? 0 : 200 * Math.Abs(actual[t] - forecast[t]) / denominator;
        }

        return sum / actual.Length;
    }
}
