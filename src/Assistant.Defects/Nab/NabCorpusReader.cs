using System.Globalization;
using System.Text.Json;

namespace Assistant.Defects.Nab;

/// <summary>
/// Reads NAB's files: <c>data/&lt;category&gt;/&lt;file&gt;.csv</c> (timestamp,value),
/// <c>labels/combined_windows.json</c> (file key → [[start, end], ...]),
/// <c>config/profiles.json</c> (profile → CostMatrix) and <c>config/thresholds.json</c>
/// (detector → profile → {score, threshold}).
/// </summary>
public static class NabCorpusReader
{
    // Data rows carry seconds; labels add microseconds ("2014-04-10 07:15:00.000000").
    private static readonly string[] TimestampFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.ffffff", "yyyy-MM-dd HH:mm:ss.FFFFFFF"];

    public static NabCorpus ReadCorpus(string nabFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nabFolder);
        var windows = ReadWindows(Path.Combine(nabFolder, "labels", "combined_windows.json"));
        var series = new List<NabSeries>(windows.Count);
        // The label file lists every scored file (including the ones without anomalies).
        foreach (var (key, spans) in windows.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0)
            {
                throw new InvalidDataException($"the label key '{key}' is not category/file.");
            }

            var points = ReadSeries(Path.Combine(nabFolder, "data", key[..slash], key[(slash + 1)..]));
            var located = spans.Select(s => NabWindow.Locate(points, s.Start, s.End)).OrderBy(w => w.FirstRow).ToList();
            series.Add(new NabSeries(key[..slash], key[(slash + 1)..], points, located));
        }

        return new NabCorpus(
            series,
            ReadProfiles(Path.Combine(nabFolder, "config", "profiles.json")),
            ReadThresholds(Path.Combine(nabFolder, "config", "thresholds.json")));
    }

    /// <summary>One data file's readings, in file order (NAB files are in time order).</summary>
    public static IReadOnlyList<MetricPoint> ReadSeries(string csvPath)
    {
        var points = new List<MetricPoint>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(csvPath))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
            {
                continue; // header "timestamp,value"
            }

            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma < 0
                || !double.TryParse(line.AsSpan(comma + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new InvalidDataException($"{csvPath}:{lineNumber}: expected timestamp,value but read '{line}'.");
            }

            points.Add(new MetricPoint(ParseTimestamp(line[..comma], csvPath), value));
        }

        return points;
    }

    /// <summary>The labelled windows per file key, as timestamps.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<(DateTime Start, DateTime End)>> ReadWindows(string jsonPath)
    {
        var raw = JsonSerializer.Deserialize<Dictionary<string, List<List<string>>>>(File.ReadAllText(jsonPath))
            ?? throw new InvalidDataException($"{jsonPath} is empty.");
        return raw.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<(DateTime, DateTime)>)[.. kv.Value.Select(pair => pair.Count == 2
                ? (ParseTimestamp(pair[0], jsonPath), ParseTimestamp(pair[1], jsonPath))
                : throw new InvalidDataException($"{jsonPath}: a window of {kv.Key} is not [start, end]."))],
            StringComparer.Ordinal);
    }

    public static IReadOnlyList<NabProfile> ReadProfiles(string jsonPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(jsonPath));
        return [.. document.RootElement.EnumerateObject().Select(profile =>
        {
            var costs = profile.Value.GetProperty("CostMatrix");
            return new NabProfile(
                profile.Name,
                costs.GetProperty("tpWeight").GetDouble(),
                costs.GetProperty("fpWeight").GetDouble(),
                costs.GetProperty("fnWeight").GetDouble());
        })];
    }

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> ReadThresholds(string jsonPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(jsonPath));
        return document.RootElement.EnumerateObject().ToDictionary(
            detector => detector.Name,
            detector => (IReadOnlyDictionary<string, double>)detector.Value.EnumerateObject().ToDictionary(
                profile => profile.Name,
                profile => profile.Value.GetProperty("threshold").GetDouble(),
                StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    private static DateTime ParseTimestamp(string text, string source) =>
        DateTime.TryParseExact(text.Trim(), TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at
            : throw new InvalidDataException($"{source}: '{text}' is not a NAB timestamp (yyyy-MM-dd HH:mm:ss).");
}
