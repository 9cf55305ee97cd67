using Assistant.Defects.Risk;

namespace Assistant.Defects.Tests.Risk;

public sealed class LaneRiskRankingTests
{
    private readonly LaneRiskRanking _ranking = new();

    [Fact]
    public void Pressure_rises_linearly_from_90_percent_full_to_certain_at_115()
    {
        // Peak 1,025 of 1,000: (1.025 − 0.90) / (1.15 − 0.90) = 0.5; late share flat, so no trend.
        var risk = _ranking.Assess(new LaneOutlook("A-B", [800, 1025, 900], 1000, 0.04, 0.04, 30));

        Assert.Equal(0.5, risk.PressureRisk, 9);
        Assert.Equal(0, risk.LateTrendRisk, 9);
        Assert.Equal(0.5, risk.Risk, 9);
        Assert.Equal(1.025, risk.PeakUtilisation, 9);
        Assert.Equal(1, risk.DaysOverCapacity);
        Assert.Contains("103%", risk.Reasons[0]);
        Assert.Contains("1 of 3 days", risk.Reasons[0]);
    }

    [Fact]
    public void A_lane_below_90_percent_full_with_flat_late_departures_has_no_risk()
    {
        var risk = _ranking.Assess(new LaneOutlook("A-B", [700, 899], 1000, 0.05, 0.05, 40));

        Assert.Equal(0, risk.Risk, 9);
        Assert.Single(risk.Reasons);
        Assert.Contains("not rising", risk.Reasons[0]);
    }

    [Fact]
    public void Late_share_tripling_on_enough_trucks_is_certain_risk()
    {
        // 12% against 4%: a rise of 2 × the baseline, halved → 1.
        var risk = _ranking.Assess(new LaneOutlook("A-B", [500], 1000, 0.12, 0.04, 20));

        Assert.Equal(1, risk.LateTrendRisk, 9);
        Assert.Equal(1, risk.Risk, 9);
        Assert.Contains("12% of its trucks left late recently, against 4% before", risk.Reasons[0]);
    }

    [Fact]
    public void Few_trucks_discount_the_trend()
    {
        // 6% against 3%: rise 1 → 0.5, but only 5 of the 10 trusted trucks ran → 0.25.
        var risk = _ranking.Assess(new LaneOutlook("A-B", [500], 1000, 0.06, 0.03, 5));

        Assert.Equal(0.25, risk.LateTrendRisk, 9);
    }

    [Fact]
    public void A_lane_never_late_before_is_judged_against_a_2_percent_floor()
    {
        // Baseline 0 → 2%; 3% is a rise of 0.5 → 0.25, not infinite.
        var risk = _ranking.Assess(new LaneOutlook("A-B", [500], 1000, 0.03, 0, 10));

        Assert.Equal(0.25, risk.LateTrendRisk, 9);
    }

    [Fact]
    public void Pressure_and_trend_combine_as_independent_chances()
    {
        // Pressure 0.5 (peak 1.025) and trend 0.5 (8% against 4%): 1 − 0.5 × 0.5 = 0.75.
        var risk = _ranking.Assess(new LaneOutlook("A-B", [1025], 1000, 0.08, 0.04, 10));

        Assert.Equal(0.75, risk.Risk, 9);
        Assert.Equal(2, risk.Reasons.Count);
    }

    [Fact]
    public void Ranking_puts_the_riskiest_lane_first_and_breaks_ties_by_id()
    {
        var ranked = _ranking.Rank(
        [
            new LaneOutlook("C-D", [500], 1000, 0.04, 0.04, 10),
            new LaneOutlook("A-B", [500], 1000, 0.04, 0.04, 10),
            new LaneOutlook("E-F", [1100], 1000, 0.04, 0.04, 10),
        ]);

        Assert.Equal(["E-F", "A-B", "C-D"], ranked.Select(r => r.LaneId));
    }

    [Fact]
    public void A_lane_without_capacity_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => _ranking.Assess(new LaneOutlook("A-B", [500], 0, 0, 0, 0)));

        Assert.Contains("A-B", error.Message);
    }
}
