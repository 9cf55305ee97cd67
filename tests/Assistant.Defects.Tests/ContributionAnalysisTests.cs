using Assistant.Defects.RootCause;

namespace Assistant.Defects.Tests;

public sealed class ContributionAnalysisTests
{
    private static readonly MemberReading[] Lanes =
    [
        new("SEA4→DS03", 3000, 3300),
        new("BFI3→DS12", 2000, 2768),
        new("PDX2→DS07", 4000, 3900),
        new("GEG1→DS01", 2600, 2832),
    ];

    [Fact]
    public void A_deviation_is_attributed_to_the_members_that_made_it_with_exact_shares()
    {
        var report = ContributionAnalysis.Analyse(Lanes);

        Assert.Equal(11600, report.Expected);
        Assert.Equal(12800, report.Actual);
        Assert.Equal(1200, report.Deviation);
        Assert.Equal(["BFI3→DS12", "SEA4→DS03", "GEG1→DS01", "PDX2→DS07"], report.Members.Select(m => m.Member));
        Assert.Equal([0.64, 0.25, 232.0 / 1200, -100.0 / 1200], report.Members.Select(m => m.Share));
        Assert.Equal(1, report.Members.Sum(m => m.Share), 12);
        Assert.Equal(768, report.Members[0].Deviation);
    }

    [Fact]
    public void The_statement_names_the_top_contributors_in_planners_words()
    {
        var text = ContributionStatement.Describe(ContributionAnalysis.Analyse(Lanes), "lane", "packages", top: 2);

        Assert.Equal(
            "12,800 packages against 11,600 expected (+1,200, +10.3%). "
            + "lane BFI3→DS12 accounts for 64% of the +1,200 packages above expected (2,768 vs 2,000); "
            + "lane SEA4→DS03 for 25% (3,300 vs 3,000). lane PDX2→DS07 went the other way (-100).",
            text);
    }

    [Fact]
    public void A_shortfall_is_described_as_below_expected()
    {
        var baseline = new Dictionary<string, double> { ["night"] = 800, ["day"] = 1200, ["twilight"] = 400 };
        var anomalous = new Dictionary<string, double> { ["night"] = 200, ["day"] = 300, ["swing"] = 50 };

        // The baseline covers two weeks; the anomalous period one.
        var report = ContributionAnalysis.Compare(baseline, anomalous, baselineScale: 0.5);

        Assert.Equal(-650, report.Deviation);
        Assert.Equal(["day", "night", "twilight", "swing"], report.Members.Select(m => m.Member));
        Assert.Equal(300.0 / 650, report.Members[0].Share, 12);
        Assert.Equal(-50.0 / 650, report.Members[^1].Share, 12);
        var text = ContributionStatement.Describe(report, "shift", "sorted packages", top: 1);
        Assert.StartsWith("550 sorted packages against 1,200 expected (-650, -54.2%). shift day accounts for 46% of the -650 sorted packages below expected (300 vs 600).", text);
    }

    [Fact]
    public void With_no_net_deviation_the_shares_are_zero_and_the_movers_are_named()
    {
        var report = ContributionAnalysis.Analyse([new("A", 10, 15), new("B", 10, 5), new("C", 10, 10)]);

        Assert.All(report.Members, m => Assert.Equal(0, m.Share));
        Assert.Equal("C", report.Members[^1].Member);
        Assert.Contains("cancelled out", ContributionStatement.Describe(report, "lane", "packages"));
    }

    [Fact]
    public void A_member_given_twice_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ContributionAnalysis.Analyse([new("A", 1, 2), new("A", 1, 3)]));
    }
}
