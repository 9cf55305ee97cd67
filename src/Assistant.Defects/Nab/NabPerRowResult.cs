using System.Globalization;
using System.IO.Compression;

namespace Assistant.Defects.Nab;

/// <summary>
/// One of NAB's published per-row result files (<c>reference_results/per_row/&lt;detector&gt;/
/// &lt;category&gt;/&lt;detector&gt;_&lt;file&gt;.gz</c>): the detector's anomaly_score and the label
/// per row, and per profile the S(t) column, NAB's own per-row score contributions.
/// </summary>
public sealed record NabPerRowResult(IReadOnlyList<double> AnomalyScores, IReadOnlyList<int> Labels, IReadOnlyDictionary<string, double[]> ProfileScores)
{
    public static string PathOf(string nabFolder, string detector, NabSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Path.Combine(nabFolder, "reference_results", "per_row", detector, series.Category, $"{detector}_{series.Name}.gz");
    }

    public static NabPerRowResult Read(string nabFolder, string detector, NabSeries series)
    {
        var path = PathOf(nabFolder, detector, series);
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        // Columns differ by detector (numenta adds raw_score), so they are found by name.
        var header = (reader.ReadLine() ?? throw new InvalidDataException($"{path} is empty.")).Split(',');
        var score = Array.IndexOf(header, "anomaly_score");
        var label = Array.IndexOf(header, "label");
        if (score < 0 || label < 0)
        {
            throw new InvalidDataException($"{path} has no anomaly_score or label column.");
        }

        var profiles = header.Select((h, i) => (Name: h, Index: i)).Where(c => c.Name.StartsWith("S(t)_", StringComparison.Ordinal)).ToList();
        var scores = new List<double>();
        var labels = new List<int>();
        var columns = profiles.ToDictionary(p => p.Name, _ => new List<double>());
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split(',');
            scores.Add(double.Parse(cells[score], CultureInfo.InvariantCulture));
            labels.Add(int.Parse(cells[label], CultureInfo.InvariantCulture));
            foreach (var (name, index) in profiles)
            {
                columns[name].Add(double.Parse(cells[index], CultureInfo.InvariantCulture));
            }
        }

        return new NabPerRowResult(scores, labels, columns.ToDictionary(c => c.Key["S(t)_".Length..], c => c.Value.ToArray()));
    }
}
