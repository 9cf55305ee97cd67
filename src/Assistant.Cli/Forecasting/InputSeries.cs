namespace Assistant.Cli.Forecasting;

/// <summary>
/// A checked input series: its values in time order, its first and last instants (UTC ticks),
/// the offset and timestamp layout of its last row, which the forecast's timestamps continue, and
/// the most decimal places its values were written with, which the forecast's are rounded from.
/// </summary>
public sealed record InputSeries(string Id, double[] Values, long FirstTicks, long LastTicks, TimeSpan LastOffset, byte Format, int DecimalPlaces);
