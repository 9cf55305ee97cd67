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

    /// <summary>
    /// An hourly pattern at hour t (t = 0 is a Monday, midnight): a daily wave of ±20 and a week
    /// that is not a repeated day (a slow swing of ±8 and weekends 15 lower), added.
    /// </summary>
    public static double DayAndWeek(int t) =>
        20 * Math.Sin(2 * Math.PI * t / 24) + 8 * Math.Cos(2 * Math.PI * t / 168) + (t % 168 >= 120 ? -15 : 0);

    /// <summary>The same week as a product: a daily index around 1 times a weekday index around 1 (weekends at 0.6).</summary>
    public static double DayTimesWeek(int t) =>
        (1 + 0.3 * Math.Sin(2 * Math.PI * t / 24)) * (t % 168 >= 120 ? 0.6 : 1.1);
}
