namespace Assistant.Forecasting.Models;

/// <summary>Per-horizon quantiles of simulated paths: the 80% and 95% central intervals.</summary>
public static class Quantiles
{
    public static (double[] Lower95, double[] Lower80, double[] Upper80, double[] Upper95) Of(double[][] paths, int horizon)
    {
        var lo95 = new double[horizon];
        var lo80 = new double[horizon];
        var hi80 = new double[horizon];
        var hi95 = new double[horizon];
        var column = new double[paths.Length];
        for (var h = 0; h < horizon; h++)
        {
            for (var p = 0; p < paths.Length; p++)
            {
                column[p] = paths[p][h];
            }

            Array.Sort(column);
            lo95[h] = At(column, 0.025);
            lo80[h] = At(column, 0.10);
            hi80[h] = At(column, 0.90);
            hi95[h] = At(column, 0.975);
        }

        return (lo95, lo80, hi80, hi95);
    }

    /// <summary>Linear interpolation between order statistics.</summary>
    public static double At(double[] sorted, double probability)
    {
        var rank = probability * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}
