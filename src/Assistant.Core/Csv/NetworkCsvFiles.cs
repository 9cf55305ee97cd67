namespace Assistant.Core.Csv;

/// <summary>
/// The files of the folder format, in the order they are read: each may refer only to what the
/// files before it (or the store) define, so checking them in this order finds every reference.
/// </summary>
internal static class NetworkCsvFiles
{
    public static readonly IReadOnlyList<CsvLayout> All =
    [
        RegionsCsv.Layout,
        SitesCsv.Layout,
        LanesCsv.Layout,
        SortCapacityCsv.Layout,
        HourlyProfileCsv.Layout,
        SiteVolumeCsv.Layout,
        LaneVolumeCsv.Layout,
    ];

    public static string Names => string.Join(", ", All.Select(l => l.FileName));
}
