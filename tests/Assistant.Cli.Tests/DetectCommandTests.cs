using System.Globalization;

namespace Assistant.Cli.Tests;

/// <summary>`assistant detect` as a user runs it: a real process reading and writing real CSV files.</summary>
public sealed class DetectCommandTests : IDisposable
{
    private readonly CliProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Write(string name, IEnumerable<string> lines)
    {
        var file = Path.Combine(_cli.Folder, name);
        File.WriteAllLines(file, lines);
        return file;
    }

    private string Out => Path.Combine(_cli.Folder, "scores.csv");

    /// <summary>Two hourly lanes, interleaved: SEA4 with a spike at hour 150, PDX2 stepping up by 40 at hour 200.</summary>
    private static List<string> Rows()
    {
        var random = new Random(3);
        var start = new DateTime(2026, 1, 5);
        var rows = new List<string>();
        for (var t = 0; t < 300; t++)
        {
            var sea = 500 + (random.NextDouble() * 10) + (t == 150 ? 200 : 0);
            var pdx = 100 + (random.NextDouble() * 6) + (t >= 200 ? 40 : 0);
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"SEA4,{start.AddHours(t):yyyy-MM-ddTHH:mm},{sea:F2}"));
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"PDX2,{start.AddHours(t):yyyy-MM-ddTHH:mm},{pdx:F2}"));
        }

        return rows;
    }

    [Fact]
    public async Task Every_reading_is_scored_and_the_spike_and_the_shift_are_flagged()
    {
        var input = Write("lanes.csv", ["series_id,timestamp,value", .. Rows()]);

        var (code, output, error) = await _cli.RunAsync("detect", "--input", input, "--out", Out);

        Assert.True(code == 0, error);
        Assert.StartsWith("Scored 600 readings of 2 series;", output);
        var lines = File.ReadAllLines(Out);
        Assert.Equal("series_id,timestamp,value,score,flag", lines[0]);
        Assert.Equal(601, lines.Length);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(["SEA4", "PDX2"], rows.Select(r => r[0]).Distinct());
        var sea = rows.Where(r => r[0] == "SEA4").ToList();
        Assert.Equal("2026-01-11T06:00", sea[150][1]);
        Assert.Equal("spike", sea[150][4]);
        Assert.DoesNotContain(sea.Take(150), r => r[4].Length > 0);
        var pdx = rows.Where(r => r[0] == "PDX2").ToList();
        var firstShift = pdx.FindIndex(r => r[4] == "level_shift");
        Assert.InRange(firstShift, 200, 204);
        Assert.All(rows, r => Assert.InRange(double.Parse(r[3], CultureInfo.InvariantCulture), 0, 1));
    }

    [Fact]
    public async Task With_changepoints_the_level_changes_are_written_with_their_levels()
    {
        var input = Write("lanes.csv", ["series_id,timestamp,value", .. Rows()]);

        var (code, output, error) = await _cli.RunAsync("detect", "--input", input, "--changepoints", "--out", Out);

        Assert.True(code == 0, error);
        Assert.StartsWith("Found 1 change point in 2 series (600 readings)", output);
        var lines = File.ReadAllLines(Out);
        Assert.Equal("series_id,timestamp,before,after", lines[0]);
        var change = Assert.Single(lines.Skip(1)).Split(',');
        Assert.Equal(["PDX2", "2026-01-13T08:00"], change[..2]);
        Assert.InRange(double.Parse(change[2], CultureInfo.InvariantCulture), 101, 105);
        Assert.InRange(double.Parse(change[3], CultureInfo.InvariantCulture), 141, 145);
    }

    public static TheoryData<string, string[], string[], string[]> Malformed => new()
    {
        {
            "a non-numeric value",
            ["series_id,timestamp,value", "A,2026-01-05,1", "A,2026-01-06,2", "A,2026-01-07,lots"],
            [],
            ["bad.csv line 4, column value", "'lots' is not a number"]
        },
        {
            "a series going back in time",
            ["series_id,timestamp,value", "A,2026-01-05,1", "A,2026-01-07,2", "A,2026-01-06,3"],
            [],
            ["bad.csv line 4, column timestamp", "series A goes back before 2026-01-07 (line 3)"]
        },
        {
            "a threshold out of range",
            ["series_id,timestamp,value", "A,2026-01-05,1"],
            ["--threshold", "1.5"],
            ["--threshold must be between 0 and 1"]
        },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Malformed_input_exits_with_2_names_the_line_and_writes_nothing(string what, string[] lines, string[] options, string[] expected)
    {
        await File.WriteAllTextAsync(Out, "yesterday's scores\n");
        var input = Write("bad.csv", lines);

        var (code, output, error) = await _cli.RunAsync(["detect", "--input", input, "--out", Out, .. options]);

        Assert.True(code == 2, $"{what}: exit {code}, {error}");
        Assert.Contains("error: ", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("", output);
        foreach (var text in expected)
        {
            Assert.Contains(text, error);
        }

        Assert.Equal("yesterday's scores\n", await File.ReadAllTextAsync(Out));
        Assert.Empty(Directory.GetFiles(_cli.Folder, "*.tmp"));
    }
}
