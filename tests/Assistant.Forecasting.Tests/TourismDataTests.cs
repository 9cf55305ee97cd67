using Assistant.Forecasting.Data;
using Assistant.Forecasting.Metrics;
using Assistant.Forecasting.Models;

namespace Assistant.Forecasting.Tests;

public sealed class TourismDataTests
{
    [Theory]
    [InlineData("monthly", 366, 1.631, 22.56)]
    [InlineData("quarterly", 427, 1.699, 16.46)]
    public void Seasonal_naive_scores_the_published_MASE_and_MAPE(string name, int count, double mase, double mape)
    {
        var set = TourismSet.Parse(name);
        var series = TourismData.ReadSet(set);

        var forecasts = series.Select(s => new SeasonalNaive().Forecast(s.History, set.Horizon).Mean).ToList();

        Assert.Equal(count, series.Count);
        Assert.Equal(mase, Math.Round(series.Select((s, i) => Mase.Of(s.Test, forecasts[i], s.Train, set.SeasonLength)).Average(), 3));
        Assert.Equal(mape, Math.Round(series.Select((s, i) => Mape.Of(s.Test, forecasts[i])).Average(), 2));
    }

    [Fact]
    public void Yearly_columns_keep_their_first_n_values_and_drop_the_stray_ones_below()
    {
        var yearly = TourismData.ReadSet(TourismSet.Yearly);
        var y248 = yearly.Single(s => s.Id == "Y248");

        Assert.Equal(518, yearly.Count);
        Assert.Equal(12, y248.Train.Length);
        Assert.Equal(23.61, Math.Round(yearly.Select(s => Mape.Of(s.Test, new Naive().Forecast(s.History, 4).Mean)).Average(), 2));
    }

    [Fact]
    public void Reads_lengths_start_dates_and_values_down_each_column()
    {
        using var folder = new TempFolder();
        folder.Write("quarterly_in.csv", "q1,q2", "3,2", "1990,2001", "2,4", "10,20", "11,21", "12,", ",,");
        folder.Write("quarterly_oos.csv", ["q1,q2", "8,8", "1991,2001", "1,2", .. Enumerable.Range(0, 8).Select(i => $"{i},{i}")]);

        var series = TourismData.ReadSet(folder.Path, TourismSet.Quarterly);

        Assert.Equal([10, 11, 12], series[0].Train);
        Assert.Equal([20, 21], series[1].Train);
        Assert.Equal((1990, 2), (series[0].StartYear, series[0].StartPeriod));
        Assert.Equal(8, series[1].Test.Length);
    }

    [Fact]
    public void A_missing_value_within_the_length_is_an_error_naming_file_and_row()
    {
        using var folder = new TempFolder();
        var file = folder.Write("quarterly_in.csv", "q1,q2", "3,3", "1990,2001", "2,4", "10,20", "11,", "12,22");
        folder.Write("quarterly_oos.csv", ["q1,q2", "8,8", "1991,2001", "1,2", .. Enumerable.Range(0, 8).Select(i => $"{i},{i}")]);

        var error = Assert.Throws<DataFileError>(() => TourismData.ReadSet(folder.Path, TourismSet.Quarterly));

        Assert.Equal((file, 6), (error.File, error.Row));
        Assert.Contains("series q2 (column 2) should have 3 values but value 2 is missing", error.Message);
    }

    [Fact]
    public void A_non_numeric_length_is_an_error_naming_file_and_row()
    {
        using var folder = new TempFolder();
        var file = folder.Write("yearly_in.csv", "Y1", "three", "1990", "1", "2", "3");

        var error = Assert.Throws<DataFileError>(() => TourismData.ReadSet(folder.Path, TourismSet.Yearly));

        Assert.Equal((file, 2), (error.File, error.Row));
        Assert.Contains("the length of series Y1 is 'three'", error.Message);
    }
}
