using Assistant.Defects.Nab;

namespace Assistant.Defects.Tests.Nab;

/// <summary>
/// The scorer against NAB's own published outputs (shared/data/README.md, "NAB scoring", Check):
/// the per-row S(t) columns and labels of numenta and windowedGaussian, and the corpus totals at
/// the thresholds NAB chose.
/// </summary>
public sealed class NabGoldenTests
{
    public static TheoryData<string, string> DetectorsAndProfiles() => new()
    {
        { "numenta", "standard" },
        { "numenta", "reward_low_FP_rate" },
        { "numenta", "reward_low_FN_rate" },
        { "windowedGaussian", "standard" },
        { "windowedGaussian", "reward_low_FP_rate" },
        { "windowedGaussian", "reward_low_FN_rate" },
    };

    public static TheoryData<string, string, double, double> PublishedTotals() => new()
    {
        { "numenta", "standard", 46.6345, 70.10 },
        { "numenta", "reward_low_FP_rate", 30.4311, 63.12 },
        { "numenta", "reward_low_FN_rate", 26.6345, 74.32 },
        { "windowedGaussian", "standard", -24.0131, 39.65 },
        { "windowedGaussian", "reward_low_FP_rate", -67.5863, 20.87 },
        { "windowedGaussian", "reward_low_FN_rate", -67.0131, 47.41 },
    };

    [NabDataTheory]
    [MemberData(nameof(DetectorsAndProfiles))]
    public void Every_row_of_the_published_per_row_scores_is_reproduced(string detector, string profileName)
    {
        var scorer = new NabScorer(NabData.Corpus.Profile(profileName));
        var threshold = NabData.Corpus.Thresholds[detector][profileName];
        var mismatches = new List<string>();
        var rows = 0;
        foreach (var (series, golden) in NabData.Golden(detector))
        {
            var expected = golden.ProfileScores[profileName];
            var actual = scorer.ScoreFile(new NabDetection(series, golden.AnomalyScores), threshold).RowScores;
            Assert.Equal(expected.Length, actual.Count);
            for (var i = 0; i < expected.Length; i++, rows++)
            {
                // The files print 12 significant digits.
                if (Math.Abs(expected[i] - actual[i]) > 1e-9)
                {
                    mismatches.Add($"{series.Key} row {i}: published {expected[i]}, scored {actual[i]}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} rows differ:\n" + string.Join("\n", mismatches.Take(10)));
        Assert.Equal(365_558, rows);
    }

    [NabDataFact]
    public void Every_row_is_labelled_as_the_published_files_label_it()
    {
        foreach (var detector in NabData.GoldenDetectors)
        {
            foreach (var (series, golden) in NabData.Golden(detector))
            {
                var labels = Enumerable.Range(0, series.Points.Count).Select(i => series.Windows.Any(w => w.Contains(i)) ? 1 : 0);
                Assert.True(golden.Labels.SequenceEqual(labels), $"{detector} {series.Key}: labels differ");
            }
        }
    }

    [NabDataTheory]
    [MemberData(nameof(PublishedTotals))]
    public void At_the_published_thresholds_the_corpus_totals_match_the_published_scores(
        string detector, string profileName, double raw, double normalised)
    {
        var scorer = new NabScorer(NabData.Corpus.Profile(profileName));
        var result = scorer.EvaluateAt(NabData.Detections(detector), NabData.Corpus.Thresholds[detector][profileName]);

        Assert.Equal(116, result.WindowCount);
        Assert.Equal(raw, Math.Round(result.RawScore, 4));
        Assert.Equal(normalised, Math.Round(result.NormalisedScore, 2));
    }

    [NabDataTheory]
    [MemberData(nameof(DetectorsAndProfiles))]
    public void The_optimised_threshold_scores_at_least_as_well_as_the_published_one(string detector, string profileName)
    {
        var scorer = new NabScorer(NabData.Corpus.Profile(profileName));
        var detections = NabData.Detections(detector);
        var published = scorer.ScoreCorpus(detections, NabData.Corpus.Thresholds[detector][profileName]);

        var optimised = scorer.OptimiseThreshold(detections);

        Assert.True(optimised.RawScore >= published - 1e-9, $"optimised {optimised.RawScore} at {optimised.Threshold} < published {published}");
        Assert.Equal(scorer.ScoreCorpus(detections, optimised.Threshold), optimised.RawScore, 9);
    }
}
