namespace Assistant.Forecasting.Metrics;

/// <summary>The argument checks every metric shares: paths of the same, non-zero length.</summary>
internal static class Check
{
    public static void SameLength(ReadOnlySpan<double> actual, ReadOnlySpan<double> other, string name)
    {
        if (actual.Length == 0)
        {
            throw new ArgumentException("There are no actual values to score.", nameof(actual));
        }

        if (other.Length != actual.Length)
        {
            throw new ArgumentException($"{name} has {other.Length} values for {actual.Length} actual values.", name);
        }
    }
}
