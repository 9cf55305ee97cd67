namespace Assistant.Native.Cbc;

/// <summary>
/// COIN-OR spells infinity as COIN_DBL_MAX (<see cref="double.MaxValue"/>) and treats any bound
/// beyond 1e30 as infinite. IEEE infinity mostly works too, but not in every code path of
/// presolve and preprocessing, so bounds are handed over in COIN's own spelling.
/// </summary>
internal static class CoinInfinity
{
    public static double[] Bounds(double[] values)
    {
        var copy = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            copy[i] = double.IsPositiveInfinity(values[i]) ? double.MaxValue
                : double.IsNegativeInfinity(values[i]) ? double.MinValue
                : values[i];
        }

        return copy;
    }
}
