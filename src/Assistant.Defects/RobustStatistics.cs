namespace Assistant.Defects;

/// <summary>
/// Medians and quantiles by selection rather than sorting: the detectors take one per row over a
/// window, and selection keeps that O(window) instead of O(window log window).
/// </summary>
public static class RobustStatistics
{
    /// <summary>The median of the values; the span is reordered in place (pass a scratch copy).</summary>
    public static double Median(Span<double> values)
    {
        var n = values.Length;
        if (n == 0)
        {
            return double.NaN;
        }

        var upper = Select(values, n / 2);
        if (n % 2 == 1)
        {
            return upper;
        }

        // After selection everything left of n/2 is no larger, so the lower middle is their maximum.
        var lower = double.NegativeInfinity;
        for (var i = 0; i < n / 2; i++)
        {
            lower = Math.Max(lower, values[i]);
        }

        return (lower + upper) / 2;
    }

    /// <summary>The q-quantile (nearest rank, no interpolation); the span is reordered in place.</summary>
    public static double Quantile(Span<double> values, double q)
    {
        if (values.Length == 0)
        {
            return double.NaN;
        }

        var k = (int)Math.Clamp(Math.Ceiling(q * values.Length) - 1, 0, values.Length - 1);
        return Select(values, k);
    }

    /// <summary>The k-th smallest value (0-based), Hoare's quickselect with a median-of-three pivot.</summary>
    public static double Select(Span<double> values, int k)
    {
        var left = 0;
        var right = values.Length - 1;
        while (right > left)
        {
            var middle = left + ((right - left) / 2);
            var pivot = MedianOfThree(values[left], values[middle], values[right]);
            var i = left;
            var j = right;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                return values[k];
            }
        }

        return values[k];
    }

    private static double MedianOfThree(double a, double b, double c) =>
        Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
