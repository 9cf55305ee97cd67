using System.Globalization;
using Assistant.Core.Csv;
using Assistant.Defects.Anomalies;

namespace Assistant.Defects.Csv;

/// <summary>
/// Writes scored readings as a long CSV, series_id,timestamp,value,score,flag: the timestamp as
/// the input wrote it, a missing value as an empty cell, and the flag naming the kind of anomaly
/// (spike, dip, level_shift, trend_change, or anomaly when the score alone crosses the threshold)
/// for rows scoring at or above the threshold, empty otherwise.
/// </summary>
public sealed class AnomalyCsvWriter(TextWriter writer, double threshold)
{
    public const string Header = "series_id,timestamp,value,score,flag";

    public int Rows { get; private set; }

    public int Flagged { get; private set; }

    public void WriteHeader() => writer.WriteLine(Header);

    public void Write(MetricSeries series, IReadOnlyList<AnomalyPoint> scores)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count != series.Points.Count)
        {
            throw new ArgumentException($"series {series.Id} has {series.Points.Count} readings but {scores.Count} scores.", nameof(scores));
        }

        var id = CsvLine.Quote(series.Id);
        for (var i = 0; i < scores.Count; i++)
        {
            var point = scores[i];
            var flag = point.Score >= threshold ? Flag(point.Kind) : "";
            writer.Write(id);
            writer.Write(',');
            writer.Write(CsvLine.Quote(series.TimestampTexts[i]));
            writer.Write(',');
            writer.Write(double.IsFinite(point.Value) ? point.Value.ToString(CultureInfo.InvariantCulture) : "");
            writer.Write(',');
            writer.Write(point.Score.ToString("0.######", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.WriteLine(flag);
            Rows++;
            Flagged += flag.Length > 0 ? 1 : 0;
        }
    }

    public static string Flag(AnomalyKind kind) => kind switch
    {
        AnomalyKind.Spike => "spike",
        AnomalyKind.Dip => "dip",
        AnomalyKind.LevelShift => "level_shift",
        AnomalyKind.TrendChange => "trend_change",
        _ => "anomaly",
    };
}
