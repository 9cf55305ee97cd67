using Assistant.Core;
using Assistant.Defects.Anomalies;
using Assistant.Defects.ChangePoints;
using Assistant.Defects.Csv;

namespace Assistant.Defects.Tests;

public sealed class MetricCsvTests
{
    private static MetricFile Read(params string[] lines) => MetricCsvReader.Read(new StringReader(string.Join("\n", lines)), "metrics.csv");

    [Fact]
    public void Interleaved_series_are_read_in_order_of_appearance_with_missing_readings_as_nan()
    {
        var file = Read(
            "Value,series_id,timestamp,site",
            "1.5,\"BFI3, north\",2026-01-05,BFI3",
            "7,SEA4,2026-01-05T06:30Z,SEA4",
            ",\"BFI3, north\",2026-01-06,BFI3",
            "",
            "NA,SEA4,2026-01-05 08:30:00+01:00,SEA4",
            "2e3,\"BFI3, north\",2026-01-07,BFI3");

        Assert.Equal(5, file.Rows);
        Assert.Equal(["site"], file.IgnoredColumns);
        Assert.Equal(["BFI3, north", "SEA4"], file.Series.Select(s => s.Id));
        var bfi = file.Series[0];
        Assert.Equal([1.5, double.NaN, 2000], bfi.Points.Select(p => p.Value));
        Assert.Equal(["2026-01-05", "2026-01-06", "2026-01-07"], bfi.TimestampTexts);
        var sea = file.Series[1];
        Assert.Equal(new DateTime(2026, 1, 5, 6, 30, 0, DateTimeKind.Utc), sea.Points[0].Timestamp);
        Assert.Equal(new DateTime(2026, 1, 5, 7, 30, 0, DateTimeKind.Utc), sea.Points[1].Timestamp);
        Assert.True(double.IsNaN(sea.Points[1].Value));
    }

    public static TheoryData<string, string[], string> Malformed => new()
    {
        { "a bad timestamp", ["series_id,timestamp,value", "A,2026-01-05,1", "A,05/01/2026,2"], "metrics.csv line 3, column timestamp: '05/01/2026' is not an ISO 8601 date" },
        { "a non-numeric value", ["series_id,timestamp,value", "A,2026-01-05,1", "A,2026-01-06,1", "A,2026-01-07,lots"], "metrics.csv line 4, column value: 'lots' is not a number" },
        { "an infinite value", ["series_id,timestamp,value", "A,2026-01-05,Infinity"], "metrics.csv line 2, column value: 'Infinity' is not a finite number" },
        { "a missing column", ["series_id,timestamp,volume", "A,2026-01-05,1"], "metrics.csv line 1, column value: the header has no value column" },
        { "a short row", ["series_id,timestamp,value", "A,2026-01-05,1", "A,2026-01-06"], "metrics.csv line 3, column value: the row has 2 cells and none for value" },
        { "a series going back in time", ["series_id,timestamp,value", "A,2026-01-05,1", "B,2026-01-01,1", "A,2026-01-07,1", "A,2026-01-06,1"], "metrics.csv line 5, column timestamp: series A goes back before 2026-01-07 (line 4) with 2026-01-06" },
        { "a repeated timestamp", ["series_id,timestamp,value", "A,2026-01-05,1", "A,2026-01-05,2"], "metrics.csv line 3, column timestamp: series A repeats 2026-01-05 (line 2)" },
        { "an empty series id", ["series_id,timestamp,value", " ,2026-01-05,1"], "metrics.csv line 2, column series_id: the series id is empty" },
        { "an unclosed quote", ["series_id,timestamp,value", "\"A,2026-01-05,1"], "metrics.csv line 2: cell 1 opens a double quote" },
        { "no rows", ["series_id,timestamp,value"], "metrics.csv: the file has a header but no rows" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_malformed_row_is_refused_naming_the_line_and_what_is_wrong(string what, string[] lines, string expected)
    {
        var error = Assert.Throws<InputError>(() => Read(lines));

        Assert.True(error.Message.StartsWith(expected, StringComparison.Ordinal), $"{what}: {error.Message}");
        Assert.EndsWith("Nothing was written.", error.Message);
    }

    [Fact]
    public void Scores_are_written_with_the_input_timestamps_and_a_flag_for_rows_over_the_threshold()
    {
        var series = new MetricSeries("lane, 1",
            [new(new DateTime(2026, 1, 5), 10), new(new DateTime(2026, 1, 6), double.NaN), new(new DateTime(2026, 1, 7), 99)],
            ["2026-01-05", "2026-01-06", "2026-01-07"]);
        AnomalyPoint[] scores =
        [
            new(series.Points[0].Timestamp, 10, 0, AnomalyKind.None, 10, 9, 11),
            new(series.Points[1].Timestamp, double.NaN, 0, AnomalyKind.None, 10, 9, 11),
            new(series.Points[2].Timestamp, 99, 0.97, AnomalyKind.Spike, 10, 9, 11),
        ];
        var text = new StringWriter { NewLine = "\n" };
        var writer = new AnomalyCsvWriter(text, threshold: 0.5);

        writer.WriteHeader();
        writer.Write(series, scores);

        Assert.Equal(
            "series_id,timestamp,value,score,flag\n\"lane, 1\",2026-01-05,10,0,\n\"lane, 1\",2026-01-06,,0,\n\"lane, 1\",2026-01-07,99,0.97,spike\n",
            text.ToString());
        Assert.Equal((3, 1), (writer.Rows, writer.Flagged));
    }

    [Fact]
    public void Change_points_are_written_with_their_levels()
    {
        var series = new MetricSeries("A", [new(new DateTime(2026, 1, 5), 1), new(new DateTime(2026, 1, 6), 5)], ["2026-01-05", "2026-01-06"]);
        var text = new StringWriter { NewLine = "\n" };
        var writer = new ChangePointCsvWriter(text);

        writer.WriteHeader();
        writer.Write(series, [new ChangePoint(new DateTime(2026, 1, 6), 1, 1, 5.25)]);

        Assert.Equal("series_id,timestamp,before,after\nA,2026-01-06,1,5.25\n", text.ToString());
    }
}
