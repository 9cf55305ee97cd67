namespace Assistant.Forecasting.Data;

/// <summary>
/// The Australian domestic tourism data (quarterly trips by state, region and purpose): the
/// bottom series, all covering the same quarters from <see cref="StartYear"/> Q<see cref="StartQuarter"/>.
/// </summary>
public sealed record AustralianTourism(IReadOnlyList<AustralianTourismSeries> Series, int StartYear, int StartQuarter)
{
    public int Length => Series.Count == 0 ? 0 : Series[0].Trips.Length;

    /// <summary>The number of quarters from the start up to and including <paramref name="year"/> Q<paramref name="quarter"/>.</summary>
    public int QuartersThrough(int year, int quarter) => (year - StartYear) * 4 + (quarter - StartQuarter) + 1;
}
