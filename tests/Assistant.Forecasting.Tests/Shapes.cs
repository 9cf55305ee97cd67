namespace Assistant.Forecasting.Tests;

/// <summary>The small series the hand-worked model tests use.</summary>
internal static class Shapes
{
    /// <summary>The same value throughout.</summary>
    public static double[] Flat(double value, int length) => Enumerable.Repeat(value, length).ToArray();

    /// <summary>10, 20, 30, 40 repeated: a season of 4 around a level of 25, indices 0.4, 0.8, 1.2, 1.6.</summary>
    public static double[] PureSeason(int seasons) => Enumerable.Range(0, 4 * seasons).Select(t => 10.0 * (t % 4 + 1)).ToArray();

    /// <summary>1, 2, ..., length.</summary>
    public static double[] Line(int length) => Enumerable.Range(1, length).Select(t => (double)t).ToArray();
}
