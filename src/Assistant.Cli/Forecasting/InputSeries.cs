namespace Assistant.Cli.Forecasting;

/// <summary>
/// A checked input series: its values in time order, its first and last instants (UTC ticks),
/// and the offset and timestamp layout of its last row, which the forecast's timestamps continue.
/// </summary>
public sealed record InputSeries(string Id, double[] Values, long FirstTicks, long LastTicks, TimeSpan LastOffset, byte Format);
