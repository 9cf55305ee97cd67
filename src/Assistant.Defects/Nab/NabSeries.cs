namespace Assistant.Defects.Nab;

/// <summary>
/// One NAB data file: its category folder (e.g. <c>realKnownCause</c>), file name
/// (<c>nyc_taxi.csv</c>), readings in time order and labelled windows in time order.
/// </summary>
public sealed record NabSeries(string Category, string Name, IReadOnlyList<MetricPoint> Points, IReadOnlyList<NabWindow> Windows)
{
    /// <summary>The file's key in NAB's label and result files: <c>category/name</c>.</summary>
    public string Key => $"{Category}/{Name}";
}
