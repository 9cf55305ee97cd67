using Assistant.Defects.Nab;

namespace Assistant.Defects.Tests.Nab;

public sealed class NabCorpusTests
{
    [NabDataFact]
    public void The_corpus_has_58_files_in_7_categories_with_116_windows()
    {
        var corpus = NabData.Corpus;

        Assert.Equal(58, corpus.Series.Count);
        Assert.Equal(7, corpus.Categories.Count);
        Assert.Equal(116, corpus.WindowCount);
        Assert.Equal(365_558, corpus.Series.Sum(s => s.Points.Count));
    }

    [NabDataFact]
    public void Window_timestamps_become_the_rows_they_cover()
    {
        var taxi = NabData.Corpus.Series.Single(s => s.Key == "realKnownCause/nyc_taxi.csv");
        var first = taxi.Windows[0];

        Assert.Equal(5, taxi.Windows.Count);
        Assert.Equal(new DateTime(2014, 10, 30, 15, 30, 0), taxi.Points[first.FirstRow].Timestamp);
        Assert.Equal(new DateTime(2014, 11, 3, 22, 30, 0), taxi.Points[first.LastRow].Timestamp);
        Assert.True(taxi.Windows.Zip(taxi.Windows.Skip(1)).All(p => p.First.LastRow < p.Second.FirstRow));
    }

    [NabDataFact]
    public void The_profiles_file_holds_the_three_published_profiles()
    {
        Assert.Equal(NabProfile.All.OrderBy(p => p.Name), NabData.Corpus.Profiles.OrderBy(p => p.Name));
    }

    [NabDataFact]
    public void The_thresholds_file_gives_each_detector_one_threshold_per_profile()
    {
        var numenta = NabData.Corpus.Thresholds["numenta"];

        Assert.Equal(0.5421876907348634, numenta["standard"]);
        Assert.Equal(0.5751955032348636, numenta["reward_low_FP_rate"]);
        Assert.Equal(1.0, NabData.Corpus.Thresholds["windowedGaussian"]["standard"]);
    }

    [Fact]
    public void A_window_between_readings_starts_at_the_next_reading_and_ends_at_the_last_one_inside()
    {
        var start = new DateTime(2026, 12, 1, 0, 0, 0);
        var points = Enumerable.Range(0, 10).Select(i => new MetricPoint(start.AddMinutes(5 * i), i)).ToList();

        var window = NabWindow.Locate(points, start.AddMinutes(7), start.AddMinutes(25));

        Assert.Equal(2, window.FirstRow);
        Assert.Equal(5, window.LastRow);
        Assert.Equal(4, window.Width);
        Assert.Throws<InvalidDataException>(() => NabWindow.Locate(points, start.AddMinutes(6), start.AddMinutes(9)));
    }
}
