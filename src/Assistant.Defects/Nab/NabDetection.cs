namespace Assistant.Defects.Nab;

/// <summary>A detector's output on one series: one anomaly score in [0,1] per row.</summary>
public sealed record NabDetection(NabSeries Series, IReadOnlyList<double> Scores)
{
    /// <summary>Runs a detector (readings to per-row scores) over one series.</summary>
    public static NabDetection Run(NabSeries series, Func<IReadOnlyList<MetricPoint>, IReadOnlyList<double>> detector)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(detector);
        return new NabDetection(series, detector(series.Points));
    }
}
