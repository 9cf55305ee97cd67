using System.Diagnostics;
using System.Globalization;
using Assistant.Cli.Forecasting;
using Assistant.Defects.Anomalies;
using Assistant.Defects.ChangePoints;
using Assistant.Defects.Csv;

namespace Assistant.Cli.Detecting;

/// <summary>
/// A whole `assistant detect` run: read and check the whole file first (so a bad row fails before
/// any work and writes nothing), then score every series, or segment it with --changepoints, into
/// a temporary file that becomes the output only at the end. Notes go to <paramref name="notes"/>
/// (stderr); the return value is the summary.
/// </summary>
public sealed class DetectJob(TextWriter notes)
{
    /// <summary>Series named in the summary, those with the most flags first; the rest are counted.</summary>
    public const int SeriesNamed = 5;

    public string Run(DetectRequest request, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var input = MetricCsvReader.Read(request.Input);
        if (input.IgnoredColumns.Count > 0)
        {
            notes.WriteLine($"detect: ignoring column{(input.IgnoredColumns.Count == 1 ? "" : "s")} {string.Join(", ", input.IgnoredColumns)}.");
        }

        using var output = new AtomicOutput(request.Output);
        var perSeries = new List<(string Id, int Count)>();
        string summary;
        if (request.ChangePoints)
        {
            var detector = new ChangePointDetector(ChangePointOptions.Default with { Season = request.Season });
            var writer = new ChangePointCsvWriter(output.Writer);
            writer.WriteHeader();
            foreach (var series in input.Series)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var changes = detector.Detect(series.Points);
                writer.Write(series, changes);
                perSeries.Add((series.Id, changes.Count));
            }

            output.Commit();
            summary = $"Found {writer.Rows:N0} change point{(writer.Rows == 1 ? "" : "s")} in {input.Series.Count:N0} series ({input.Rows:N0} readings)";
        }
        else
        {
            var detector = new AnomalyDetector(AnomalyOptions.Default with { Season = request.Season });
            var writer = new AnomalyCsvWriter(output.Writer, request.Threshold);
            writer.WriteHeader();
            foreach (var series in input.Series)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var before = writer.Flagged;
                writer.Write(series, detector.Score(series.Points));
                perSeries.Add((series.Id, writer.Flagged - before));
            }

            output.Commit();
            summary = string.Create(CultureInfo.InvariantCulture,
                $"Scored {writer.Rows:N0} readings of {input.Series.Count:N0} series; {writer.Flagged:N0} flagged at score {request.Threshold:0.###} or more");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{summary}, written to {request.Output} in {clock.Elapsed.TotalSeconds:F1} s{Worst(perSeries)}.");
    }

    private static string Worst(List<(string Id, int Count)> perSeries)
    {
        var hit = perSeries.Where(s => s.Count > 0).OrderByDescending(s => s.Count).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        if (hit.Count == 0)
        {
            return "";
        }

        var named = string.Join(", ", hit.Take(SeriesNamed).Select(s => $"{s.Id} {s.Count:N0}"));
        var more = hit.Count > SeriesNamed ? $" and {hit.Count - SeriesNamed:N0} more series" : "";
        return $"; most: {named}{more}";
    }
}
