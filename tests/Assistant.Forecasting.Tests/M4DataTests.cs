using Assistant.Forecasting.Data;

namespace Assistant.Forecasting.Tests;

public sealed class M4DataTests
{
    [Fact]
    public void Reads_every_series_of_the_shared_sets_with_its_horizon()
    {
        var hourly = OfficialM4.Series(M4Set.Hourly);
        var weekly = OfficialM4.Series(M4Set.Weekly);

        Assert.Equal(414, hourly.Count);
        Assert.Equal(359, weekly.Count);
        Assert.All(hourly, s => Assert.Equal(48, s.Test.Length));
        Assert.All(weekly, s => Assert.Equal(13, s.Test.Length));
        Assert.Equal("H1", hourly[0].Id);
        Assert.Equal([605, 586, 586], hourly[0].Train[..3]);
        Assert.Equal(700, hourly.Min(s => s.Train.Length));
        Assert.Equal(80, weekly.Min(s => s.Train.Length));
        Assert.Equal(1089.2, weekly[0].Train[0]);
    }

    [Fact]
    public void Reads_quoted_ragged_rows_and_NA_padding()
    {
        using var folder = new TempFolder();
        folder.Write("Weekly-train.csv", "\"V1\",\"V2\",\"V3\",\"V4\"", "\"W1\",\"1\",\"2\",\"3\"", "\"W2\",\"4.5\",\"\",\"\"");
        folder.Write("Weekly-test.csv", ["V1,V2", .. Enumerable.Range(1, 2).Select(i => $"W{i}," + string.Join(",", Enumerable.Repeat("7", 13)))]);
        folder.Write("benchmark_forecasts/Weekly-Naive.csv", ["id,F1,F2", .. Enumerable.Range(1, 2).Select(i => $"W{i}," + string.Join(",", Enumerable.Repeat("7", 13)) + ",NA,NA")]);

        var series = M4Data.ReadSet(folder.Path, M4Set.Weekly);
        var naive = M4Data.ReadBenchmarkForecasts(folder.Path, M4Set.Weekly, "Naive");

        Assert.Equal([1, 2, 3], series[0].Train);
        Assert.Equal([4.5], series[1].Train);
        Assert.Equal(13, naive["W2"].Length);
    }

    [Theory]
    [InlineData("\"W1\",\"1\",\"x\"", 2, "'x', which is not a number")]
    [InlineData("\"W1\",\"1\",\"\",\"3\"", 2, "after an empty cell")]
    [InlineData("\"W1\",\"1\",\"2\"\n\"W1\",\"3\"", 3, "appears a second time")]
    [InlineData("\"W1\",\"1\",\"2", 2, "never closed")]
    [InlineData("\"\",\"1\"", 2, "series id")]
    [InlineData("\"W1\",,", 2, "no values")]
    public void A_malformed_row_is_an_error_naming_the_file_and_row(string body, int row, string problem)
    {
        using var folder = new TempFolder();
        var file = folder.Write("Weekly-train.csv", ["\"V1\",\"V2\",\"V3\",\"V4\"", .. body.Split('\n')]);

        var error = Assert.Throws<DataFileError>(() => M4Data.ReadSet(folder.Path, M4Set.Weekly));

        Assert.Equal(file, error.File);
        Assert.Equal(row, error.Row);
        Assert.Contains($"{file}, row {row}:", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void A_test_row_of_the_wrong_length_or_order_is_an_error_naming_the_test_file()
    {
        using var folder = new TempFolder();
        folder.Write("Weekly-train.csv", "V1,V2", "W1,1", "W2,2");
        var test = folder.Write("Weekly-test.csv", "V1,V2", "W1," + string.Join(",", Enumerable.Repeat("7", 13)), "W2,7,7");

        var shortRow = Assert.Throws<DataFileError>(() => M4Data.ReadSet(folder.Path, M4Set.Weekly));
        Assert.Equal((test, 3), (shortRow.File, shortRow.Row));
        Assert.Contains("horizon is 13", shortRow.Message);

        folder.Write("Weekly-test.csv", "V1,V2", "W2," + string.Join(",", Enumerable.Repeat("7", 13)), "W1," + string.Join(",", Enumerable.Repeat("7", 13)));
        var swapped = Assert.Throws<DataFileError>(() => M4Data.ReadSet(folder.Path, M4Set.Weekly));
        Assert.Equal(2, swapped.Row);
        Assert.Contains("series W2 is where", swapped.Message);
    }

    [Fact]
    public void A_missing_file_is_an_error_naming_it()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<DataFileError>(() => M4Data.ReadSet(folder.Path, M4Set.Hourly));

        Assert.EndsWith("Hourly-train.csv", error.File);
        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public void The_data_folder_is_found_next_to_the_repository_or_named_by_the_variable()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "shared", "data", "forecast"));
        var deep = Directory.CreateDirectory(Path.Combine(folder.Path, "main", "tests", "bin")).FullName;

        Assert.Equal(Path.Combine(folder.Path, "shared", "data"), DataFolder.Find(null, [deep]));
        Assert.Equal(folder.Path, DataFolder.Find(folder.Path, [deep]));
        var missing = Assert.Throws<DataFileError>(() => DataFolder.Find(Path.Combine(folder.Path, "nope"), [deep]));
        Assert.Contains(DataFolder.Variable, missing.Message);
        var notFound = Assert.Throws<DataFileError>(() => DataFolder.Find(null, [Path.GetTempPath()]));
        Assert.Contains("../shared/data", notFound.Message);
    }
}
