namespace Assistant.Forecasting.Data;

/// <summary>One M4 series: its history (what a model may see) and the held-out next values.</summary>
public sealed record M4Series(string Id, double[] Train, double[] Test, int SeasonLength)
{
    /// <summary>The history as a model receives it.</summary>
    public TimeSeries History => new(Id, Train, SeasonLength);
}
