namespace Assistant.Forecasting.Data;

/// <summary>
/// One bottom series of the Australian domestic tourism hierarchy: overnight trips (thousands)
/// for one region and purpose of travel, a value per quarter.
/// </summary>
public sealed record AustralianTourismSeries(string State, string Region, string Purpose, double[] Trips)
{
    /// <summary>Unique across the data set: region names are only unique within a state in principle.</summary>
    public string Key => $"{State}/{Region}/{Purpose}";
}
