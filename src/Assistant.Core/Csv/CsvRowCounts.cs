namespace Assistant.Core.Csv;

/// <summary>Data rows per file of the folder format (headers not counted); 0 for a file that was absent.</summary>
public sealed record CsvRowCounts(
    int Regions,
    int Sites,
    int Lanes,
    int SortCapacities,
    int HourlyShares,
    int SiteDays,
    int LaneDays)
{
    public int Total => Regions + Sites + Lanes + SortCapacities + HourlyShares + SiteDays + LaneDays;

    public override string ToString() =>
        $"{Regions} regions, {Sites} sites, {Lanes} lanes, {SortCapacities} sort capacities, {HourlyShares} hourly shares, " +
        $"{SiteDays:N0} site days, {LaneDays:N0} lane days";
}
