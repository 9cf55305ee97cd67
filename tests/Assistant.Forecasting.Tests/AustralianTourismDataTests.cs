using Assistant.Forecasting.Data;
using Assistant.Forecasting.Hierarchy;
using Assistant.Forecasting.Models;

namespace Assistant.Forecasting.Tests;

public sealed class AustralianTourismDataTests
{
    private const string Header = "Quarter,Region,State,Purpose,Trips";

    [Fact]
    public void Reads_304_bottom_series_of_80_quarters_from_the_real_file()
    {
        var data = AustralianTourismData.Read();

        Assert.Equal(304, data.Series.Count);
        Assert.All(data.Series, s => Assert.Equal(80, s.Trips.Length));
        Assert.Equal((1998, 1), (data.StartYear, data.StartQuarter));
        Assert.Equal(72, data.QuartersThrough(2015, 4));
        Assert.Equal(8, data.Series.Select(s => s.State).Distinct().Count());
        Assert.Equal(76, data.Series.Select(s => (s.State, s.Region)).Distinct().Count());
        var adelaide = data.Series.First(s => s.Region == "Adelaide" && s.Purpose == "Business");
        Assert.Equal(135.0776903, adelaide.Trips[0]);
        Assert.Contains(data.Series, s => s.Region == "Launceston, Tamar and the North"); // a quoted name with a comma
    }

    [Fact]
    public void The_tourism_hierarchy_has_the_six_usual_levels()
    {
        var hierarchy = AustralianTourismHierarchy.Create(AustralianTourismData.Read().Series);

        Assert.Equal(
            [("Total", 1), ("State", 8), ("Region", 76), ("Purpose", 4), ("State × Purpose", 32), ("Region × Purpose", 304)],
            hierarchy.Levels.Select(l => (l.Name, l.Count)));
        Assert.Equal(425, hierarchy.Count);
    }

    [Fact]
    public void Min_trace_reconciles_the_whole_tourism_hierarchy_to_1e_6()
    {
        // Seasonal naive base forecasts are cheap but already coherent (the method is linear), so
        // the aggregates are pushed up 5% to give MinT something to fix.
        var data = AustralianTourismData.Read();
        var hierarchy = AustralianTourismHierarchy.Create(data.Series);
        var history = data.Series.Select(s => s.Trips[..72]).ToArray();
        var forecasts = HierarchyForecaster.Forecast(hierarchy, history, 4, 8, new RollingOriginResiduals(new SeasonalNaive(), 4));
        var bottomFirst = hierarchy.Count - hierarchy.BottomCount;
        var nudged = forecasts with { Mean = [.. forecasts.Mean.Select((row, i) => i < bottomFirst ? row.Select(v => v * 1.05).ToArray() : row)] };

        var reconciled = new MinTrace().Reconcile(hierarchy, nudged);

        Assert.True(hierarchy.CoherenceError(nudged.Mean) > 100);
        Assert.True(hierarchy.CoherenceError(reconciled.Mean) < 1e-6);
        Assert.InRange(reconciled.ShrinkageIntensity!.Value, 0, 1);
    }

    [Fact]
    public void Reads_a_small_file_with_columns_in_any_order()
    {
        using var folder = new TempFolder();
        var file = folder.Write("t.csv", "State,Quarter,Purpose,Region,Trips",
            "NSW,2000 Q4,Holiday,Sydney,3", "NSW,2001 Q1,Holiday,Sydney,4", "NSW,2001 Q1,Business,Sydney,2", "NSW,2000 Q4,Business,Sydney,1");

        var data = AustralianTourismData.Read(file);

        Assert.Equal((2000, 4), (data.StartYear, data.StartQuarter));
        Assert.Equal(["NSW/Sydney/Holiday", "NSW/Sydney/Business"], data.Series.Select(s => s.Key));
        Assert.Equal([3.0, 4], data.Series[0].Trips);
        Assert.Equal([1.0, 2], data.Series[1].Trips);
    }

    [Theory]
    [InlineData("2000 Q1,Sydney,NSW,Holiday,lots", 3, "Trips is 'lots'")]
    [InlineData("2000 Q5,Sydney,NSW,Holiday,4", 3, "Quarter is '2000 Q5'")]
    [InlineData("2000 Q2,Sydney,NSW,Holiday", 3, "4 cells where the header has 5")]
    [InlineData("2000 Q1,Sydney,NSW,Holiday,4", 3, "given a second time")]
    [InlineData("2000 Q2,,NSW,Holiday,4", 3, "the region is empty")]
    [InlineData("2000 Q2,Sydney,NSW,Holiday,-4", 3, "cannot be negative")]
    public void A_malformed_row_is_an_error_naming_file_and_row(string badRow, int row, string problem)
    {
        using var folder = new TempFolder();
        var file = folder.Write("t.csv", Header, "2000 Q1,Sydney,NSW,Holiday,3", badRow, "2000 Q3,Sydney,NSW,Holiday,5");

        var error = Assert.Throws<DataFileError>(() => AustralianTourismData.Read(file));

        Assert.Equal(file, error.File);
        Assert.Equal(row, error.Row);
        Assert.Contains($"{file}, row {row}:", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void A_series_with_a_missing_quarter_is_an_error_naming_file_series_and_quarter()
    {
        using var folder = new TempFolder();
        var file = folder.Write("t.csv", Header,
            "2000 Q1,Sydney,NSW,Holiday,3", "2000 Q2,Sydney,NSW,Holiday,3", "2000 Q1,Sydney,NSW,Business,3");

        var error = Assert.Throws<DataFileError>(() => AustralianTourismData.Read(file));

        Assert.Contains(file, error.Message);
        Assert.Contains("Sydney, NSW, Business has no row for 2000 Q2", error.Message);
    }

    [Fact]
    public void A_header_without_a_needed_column_is_an_error_on_row_1()
    {
        using var folder = new TempFolder();
        var file = folder.Write("t.csv", "Quarter,Region,State,Trips", "2000 Q1,Sydney,NSW,3");

        var error = Assert.Throws<DataFileError>(() => AustralianTourismData.Read(file));

        Assert.Equal(1, error.Row);
        Assert.Contains("no column 'Purpose'", error.Message);
    }
}
