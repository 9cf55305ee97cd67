using System.Globalization;

namespace Assistant.Cli.Tests;

/// <summary>`assistant forecast` as a user runs it: a real process reading and writing real CSV files.</summary>
public sealed class ForecastCommandTests : IDisposable
{
    private readonly CliProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Write(string name, IEnumerable<string> lines)
    {
        var file = Path.Combine(_cli.Folder, name);
        File.WriteAllLines(file, lines);
        return file;
    }

    private string Out => Path.Combine(_cli.Folder, "forecast.csv");

    private static double Number(string cell) => double.Parse(cell, CultureInfo.InvariantCulture);

    /// <summary>Ten days of two hourly series with a daily cycle, rows shuffled and with a covariate column.</summary>
    private static List<string> HourlyRows()
    {
        var random = new Random(7);
        var start = new DateTime(2025, 1, 1);
        var rows = new List<string>();
        foreach (var (id, amplitude) in new[] { ("SEA4", 30.0), ("PDX2", 10.0) })
        {
            for (var t = 0; t < 24 * 10; t++)
            {
                var value = 100 + amplitude * Math.Sin(2 * Math.PI * t / 24) + random.NextDouble() * 3;
                rows.Add(string.Create(CultureInfo.InvariantCulture, $"{id},{start.AddHours(t):yyyy-MM-ddTHH:mm},{value:F2},0"));
            }
        }

        return [.. rows.OrderBy(_ => random.Next())];
    }

    [Fact]
    public async Task Two_hourly_series_get_horizon_rows_each_with_nested_intervals_and_continuing_timestamps()
    {
        var input = Write("hourly.csv", ["series_id,timestamp,value,promo", .. HourlyRows()]);

        var (code, output, error) = await _cli.RunAsync("forecast", "--input", input, "--horizon", "30", "--out", Out);

        Assert.True(code == 0, error);
        Assert.Single(output.Trim().Split('\n'));
        Assert.StartsWith("Wrote 60 forecasts for 2 series (hourly, season 24, horizon 30)", output);
        Assert.Contains("inferred frequency H", error);
        Assert.Contains("ignoring column promo", error);
        var lines = File.ReadAllLines(Out);
        Assert.Equal("series_id,timestamp,forecast,lo80,hi80,lo95,hi95", lines[0]);
        Assert.Equal(61, lines.Length);
        foreach (var id in new[] { "SEA4", "PDX2" })
        {
            var rows = lines.Skip(1).Select(l => l.Split(',')).Where(c => c[0] == id).ToList();
            Assert.Equal(30, rows.Count);
            var expected = Enumerable.Range(0, 30).Select(h => new DateTime(2025, 1, 11).AddHours(h).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
            Assert.Equal(expected, rows.Select(c => c[1]));
            foreach (var c in rows)
            {
                var (forecast, lo80, hi80, lo95, hi95) = (Number(c[2]), Number(c[3]), Number(c[4]), Number(c[5]), Number(c[6]));
                Assert.True(lo95 <= lo80 && lo80 <= forecast && forecast <= hi80 && hi80 <= hi95, string.Join(",", c));
                Assert.InRange(forecast, 50, 150);
            }
        }

        // Series come out in the order they first appear in the input.
        var firstSeen = File.ReadAllLines(Path.Combine(_cli.Folder, "hourly.csv")).Skip(1).Select(l => l.Split(',')[0]).Distinct().ToList();
        Assert.Equal(firstSeen, lines.Skip(1).Select(l => l.Split(',')[0]).Distinct());
    }

    [Fact]
    public async Task A_pure_weekly_pattern_in_daily_data_is_forecast_almost_exactly()
    {
        double Pattern(int t) => 1000 + 100 * (t % 7) + (t % 7 == 5 ? 400 : 0);
        var start = new DateOnly(2025, 2, 3);
        var rows = Enumerable.Range(0, 12 * 7).Select(t => string.Create(CultureInfo.InvariantCulture, $"lane-1,{start.AddDays(t):yyyy-MM-dd},{Pattern(t)}"));
        var input = Write("daily.csv", ["series_id,timestamp,value", .. rows]);

        var (code, _, error) = await _cli.RunAsync("forecast", "--input", input, "--horizon", "14", "--freq", "D", "--out", Out);

        Assert.True(code == 0, error);
        var lines = File.ReadAllLines(Out).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(14, lines.Count);
        for (var h = 0; h < 14; h++)
        {
            Assert.Equal(start.AddDays(84 + h).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), lines[h][1]);
            Assert.Equal(Pattern(84 + h), Number(lines[h][2]), Pattern(84 + h) * 0.005);
        }
    }

    [Fact]
    public async Task Forecasts_carry_one_decimal_more_than_each_series_input_and_no_more()
    {
        // Whole packages in one series, hundredths in the other (a rate), in the same file.
        var start = new DateOnly(2025, 2, 3);
        var rows = Enumerable.Range(0, 8 * 7).SelectMany(t => new[]
        {
            string.Create(CultureInfo.InvariantCulture, $"packages,{start.AddDays(t):yyyy-MM-dd},{1000 + 37 * (t % 7) + t % 5}"),
            string.Create(CultureInfo.InvariantCulture, $"rate,{start.AddDays(t):yyyy-MM-dd},{0.5 + 0.07 * (t % 7) + 0.01 * (t % 3):F2}"),
        });
        var input = Write("mixed.csv", ["series_id,timestamp,value", .. rows]);

        var (code, _, error) = await _cli.RunAsync("forecast", "--input", input, "--horizon", "7", "--freq", "D", "--out", Out);

        Assert.True(code == 0, error);
        var lines = File.ReadAllLines(Out).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(14, lines.Count);
        foreach (var cells in lines)
        {
            var most = cells[0] == "packages" ? 1 : 3;
            foreach (var number in cells.Skip(2))
            {
                var point = number.IndexOf('.', StringComparison.Ordinal);
                Assert.True(point < 0 || number.Length - point - 1 <= most, $"{string.Join(",", cells)}: {number} has more than {most} decimals");
            }
        }

        // Rounded, not cut off: a typical day of the packages series is near its level.
        Assert.InRange(Number(lines.First(c => c[0] == "packages")[2]), 1000, 1300);
        Assert.Contains(lines.Where(c => c[0] == "rate"), c => c[2].Contains('.', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Weekly_data_is_inferred_without_a_season_and_short_series_are_named()
    {
        var start = new DateOnly(2024, 1, 1);
        var rows = Enumerable.Range(0, 5).Select(t => $"\"DS, north\",{start.AddDays(7 * t):yyyy-MM-dd},{100 + t}");
        var input = Write("weekly.csv", ["series_id,timestamp,value", .. rows]);

        var (code, output, error) = await _cli.RunAsync("forecast", "--input", input, "--horizon", "3", "--out", Out);

        Assert.True(code == 0, error);
        Assert.Contains("weekly, season 1, horizon 3", output);
        Assert.Contains("inferred frequency W", error);
        Assert.Contains("too short for a backtest", error);
        Assert.Contains("DS, north", error);
        var lines = File.ReadAllLines(Out);
        Assert.StartsWith("\"DS, north\",2024-02-05,", lines[1]);
        Assert.StartsWith("\"DS, north\",2024-02-19,", lines[3]);
        Assert.Equal(4, lines.Length);
    }

    public static TheoryData<string, string[], string[], string[]> Malformed => new()
    {
        {
            "a bad number at line 5",
            ["series_id,timestamp,value", "A,2025-01-01,1", "A,2025-01-02,2", "A,2025-01-03,3", "A,2025-01-04,lots", "A,2025-01-05,5"],
            [],
            ["bad.csv line 5, column value", "'lots' is not a number"]
        },
        {
            "an infinite number",
            ["series_id,timestamp,value", "A,2025-01-01,1", "A,2025-01-02,Infinity"],
            [],
            ["bad.csv line 3, column value", "not a finite number"]
        },
        {
            "a duplicate timestamp",
            ["series_id,timestamp,value", "A,2025-01-01,1", "A,2025-01-02,2", "B,2025-01-01,1", "A,2025-01-02,3", "A,2025-01-03,4"],
            [],
            ["bad.csv line 5, column timestamp", "2025-01-02 a second time (first at line 3)"]
        },
        {
            "a gap",
            ["series_id,timestamp,value", "A,2025-01-01,1", "A,2025-01-02,2", "A,2025-01-04,4", "A,2025-01-05,5"],
            [],
            ["bad.csv line 4, column timestamp", "2 days apart"]
        },
        {
            "a missing column",
            ["series_id,timestamp,volume", "A,2025-01-01,1", "A,2025-01-02,2"],
            [],
            ["bad.csv line 1, column value", "no value column"]
        },
        {
            "a bad timestamp",
            ["series_id,timestamp,value", "A,2025-01-01,1", "A,01/02/2025,2"],
            [],
            ["bad.csv line 3, column timestamp", "not an ISO 8601"]
        },
        {
            "an unknown --freq",
            ["series_id,timestamp,value", "A,2025-01-01,1", "A,2025-01-02,2"],
            ["--freq", "M"],
            ["--freq must be H (hourly), D (daily) or W (weekly), not 'M'"]
        },
        {
            "a horizon out of range",
            ["series_id,timestamp,value", "A,2025-01-01,1", "A,2025-01-02,2"],
            ["--horizon", "1001"],
            ["--horizon must be between 1 and 1000"]
        },
        {
            "an unknown model",
            ["series_id,timestamp,value", "A,2025-01-01,1", "A,2025-01-02,2"],
            ["--models", "ets,prophet"],
            ["unknown model 'prophet'"]
        },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Malformed_input_exits_with_2_names_the_place_and_writes_nothing(string what, string[] lines, string[] options, string[] expected)
    {
        var input = Write("bad.csv", lines);

        string[] horizon = options.Contains("--horizon") ? [] : ["--horizon", "7"];
        var (code, output, error) = await _cli.RunAsync(["forecast", "--input", input, "--out", Out, .. horizon, .. options]);

        Assert.True(code == 2, $"{what}: exit {code}, {error}");
        Assert.Contains("error: ", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("", output);
        foreach (var text in expected)
        {
            Assert.Contains(text, error);
        }

        Assert.False(File.Exists(Out), $"{what}: the output was written");
        Assert.Empty(Directory.GetFiles(_cli.Folder, "*.tmp"));
    }

    [Fact]
    public async Task Mstl_on_hourly_data_sees_the_weekly_cycle()
    {
        // Three weeks from Wednesday 1 January 2025, a daily wave and weekends 30 lower: only a
        // model told of the 168-hour week can forecast the coming Saturday lower than the Friday.
        var start = new DateTime(2025, 1, 1);
        var rows = Enumerable.Range(0, 3 * 168).Select(t =>
        {
            var time = start.AddHours(t);
            var weekend = time.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? -30 : 0;
            var value = 100 + 20 * Math.Sin(2 * Math.PI * t / 24) + weekend;
            return string.Create(CultureInfo.InvariantCulture, $"DC1,{time:yyyy-MM-ddTHH:mm},{value:F4}");
        });
        var input = Write("hourly-week.csv", ["series_id,timestamp,value", .. rows]);

        var (code, output, error) = await _cli.RunAsync("forecast", "--input", input, "--horizon", "96", "--freq", "H", "--models", "mstl", "--out", Out);

        Assert.True(code == 0, error);
        Assert.Contains("models: mstl 1", output);
        var forecasts = File.ReadAllLines(Out).Skip(1).Select(l => l.Split(','))
            .ToDictionary(c => DateTime.Parse(c[1], CultureInfo.InvariantCulture), c => Number(c[2]));
        for (var hour = 0; hour < 24; hour++)
        {
            var friday = forecasts[new DateTime(2025, 1, 24, hour, 0, 0)];
            var saturday = forecasts[new DateTime(2025, 1, 25, hour, 0, 0)];
            Assert.Equal(30, friday - saturday, 1);
        }
    }

    [Fact]
    public async Task A_failed_run_leaves_an_existing_output_unchanged()
    {
        await File.WriteAllTextAsync(Out, "yesterday's forecast\n");
        var input = Write("bad.csv", ["series_id,timestamp,value", "A,2025-01-01,1", "A,2025-01-02,2", "A,2025-01-03,3", "A,2025-01-04,x"]);

        var (code, _, error) = await _cli.RunAsync("forecast", "--input", input, "--horizon", "7", "--out", Out);

        Assert.Equal(2, code);
        Assert.Contains("bad.csv line 5, column value", error);
        Assert.Equal("yesterday's forecast\n", await File.ReadAllTextAsync(Out));
        Assert.Empty(Directory.GetFiles(_cli.Folder, "*.tmp"));
    }
}
