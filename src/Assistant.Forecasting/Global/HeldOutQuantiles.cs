using Assistant.Forecasting.Models;

namespace Assistant.Forecasting.Global;

/// <summary>Interval widths from held-out errors in scaled units (errors divided by each series' scale).</summary>
internal static class HeldOutQuantiles
{
    /// <summary>
    /// Per step ahead: the 2.5%, 10%, 90% and 97.5% quantiles of the scaled errors, pooled over
    /// steps h−2..h+2, since one step's errors (one per series) are too few for a 2.5% tail.
    /// NaN errors (series not held out) are left out; null when there are none.
    /// </summary>
    public static double[][]? PerStep(double[][] errors)
    {
        var horizon = errors.Length;
        var quantiles = new double[horizon][];
        for (var h = 0; h < horizon; h++)
        {
            var pooled = new List<double>();
            for (var k = Math.Max(0, h - 2); k <= Math.Min(horizon - 1, h + 2); k++)
            {
                pooled.AddRange(errors[k].Where(double.IsFinite));
            }

            if (pooled.Count == 0)
            {
                return null;
            }

            var sorted = pooled.ToArray();
            Array.Sort(sorted);
            quantiles[h] = [Quantiles.At(sorted, 0.025), Quantiles.At(sorted, 0.10), Quantiles.At(sorted, 0.90), Quantiles.At(sorted, 0.975)];
        }

        return quantiles;
    }
}
