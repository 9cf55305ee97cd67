using System.Globalization;
using Assistant.Core.Csv;
using Assistant.Defects.ChangePoints;

namespace Assistant.Defects.Csv;

/// <summary>Writes change points as a long CSV, series_id,timestamp,before,after, the timestamp as the input wrote it.</summary>
public sealed class ChangePointCsvWriter(TextWriter writer)
{
    public const string Header = "series_id,timestamp,before,after";

    public int Rows { get; private set; }

    public void WriteHeader() => writer.WriteLine(Header);

    public void Write(MetricSeries series, IReadOnlyList<ChangePoint> changes)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(changes);
        var id = CsvLine.Quote(series.Id);
        foreach (var change in changes)
        {
            writer.Write(id);
            writer.Write(',');
            writer.Write(CsvLine.Quote(series.TimestampTexts[change.Index]));
            writer.Write(',');
            writer.Write(change.Before.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.WriteLine(change.After.ToString(CultureInfo.InvariantCulture));
            Rows++;
        }
    }
}
