using Assistant.Forecasting.Hierarchy;

namespace Assistant.Forecasting.Tests;

public sealed class HierarchyReconciliationTests
{
    /// <summary>Total = A + B: the smallest hierarchy, small enough to reconcile by hand.</summary>
    private static SeriesHierarchy TotalOfTwo() =>
        SeriesHierarchy.Create(["A", "B"], "Bottom", k => k, [HierarchyLevel<string>.Total()]);

    /// <summary>Incoherent base forecasts with residuals for the network hierarchy: noise around a coherent truth.</summary>
    private static (SeriesHierarchy Hierarchy, BaseForecasts Forecasts) NoisyNetwork(int seed = 7)
    {
        var hierarchy = HierarchyTests.Network();
        var random = new Random(seed);
        var bottom = Enumerable.Range(0, hierarchy.BottomCount).Select(j => Enumerable.Range(0, 6).Select(h => 100.0 * (j + 1) + h).ToArray()).ToArray();
        var mean = hierarchy.Aggregate(bottom).Select(row => row.Select(v => v + 20 * (random.NextDouble() - 0.5)).ToArray()).ToArray();

        // Residuals sharing a common shock, so that the covariance has real correlations.
        var periods = 40;
        var shock = Enumerable.Range(0, periods).Select(_ => random.NextDouble() - 0.5).ToArray();
        var bottomResiduals = Enumerable.Range(0, hierarchy.BottomCount)
            .Select(j => Enumerable.Range(0, periods).Select(t => shock[t] + (j + 1) * (random.NextDouble() - 0.5)).ToArray()).ToArray();
        var residuals = hierarchy.Aggregate(bottomResiduals).Select(row => row.Select(e => e + 0.3 * (random.NextDouble() - 0.5)).ToArray()).ToArray();
        return (hierarchy, new BaseForecasts(mean, residuals));
    }

    [Fact]
    public void Bottom_up_keeps_the_bottom_forecasts_and_sums_them()
    {
        var (hierarchy, forecasts) = NoisyNetwork();

        var reconciled = new BottomUp().Reconcile(hierarchy, forecasts);

        Assert.True(hierarchy.CoherenceError(forecasts.Mean) > 1);
        Assert.True(hierarchy.CoherenceError(reconciled.Mean) < 1e-6);
        Assert.Equal(forecasts.Mean[^1], reconciled.Mean[^1]);
        Assert.Equal(forecasts.Mean[6..].Sum(row => row[0]), reconciled.Mean[0][0], 9);
    }

    [Theory]
    [InlineData(MinTraceCovariance.Shrink)]
    [InlineData(MinTraceCovariance.Variance)]
    [InlineData(MinTraceCovariance.Identity)]
    public void Min_trace_forecasts_add_up(MinTraceCovariance covariance)
    {
        var (hierarchy, forecasts) = NoisyNetwork();

        var reconciled = new MinTrace(covariance).Reconcile(hierarchy, forecasts);

        Assert.True(hierarchy.CoherenceError(reconciled.Mean) < 1e-6);
        Assert.Equal(covariance == MinTraceCovariance.Shrink, reconciled.ShrinkageIntensity is >= 0 and <= 1);
    }

    [Fact]
    public void Min_trace_leaves_coherent_forecasts_as_they_are()
    {
        // Unbiasedness: S·G·S = S, so forecasts that already add up come back unchanged.
        var (hierarchy, noisy) = NoisyNetwork();
        var coherent = hierarchy.Aggregate([.. noisy.Mean[^hierarchy.BottomCount..]]);

        var reconciled = new MinTrace().Reconcile(hierarchy, noisy with { Mean = coherent });

        for (var i = 0; i < hierarchy.Count; i++)
        {
            for (var h = 0; h < coherent[i].Length; h++)
            {
                Assert.Equal(coherent[i][h], reconciled.Mean[i][h], 6);
            }
        }
    }

    [Fact]
    public void Min_trace_with_identity_covariance_is_ols_reconciliation_worked_by_hand()
    {
        // ŷ = (Total 10, A 4, B 5). OLS: b̃ = (SᵀS)⁻¹Sᵀŷ with SᵀS = [[2,1],[1,2]], Sᵀŷ = (14, 15),
        // so b̃ = ⅓·(2·14 − 15, 2·15 − 14) = (13/3, 16/3) and the total 29/3: the gap of 1
        // between 10 and 4 + 5 is shared equally, a third to each series.
        var hierarchy = TotalOfTwo();
        var forecasts = new BaseForecasts([[10.0], [4.0], [5.0]], [[1.0, -1], [2.0, 0], [0.0, 3]]);

        var reconciled = new MinTrace(MinTraceCovariance.Identity).Reconcile(hierarchy, forecasts);

        Assert.Equal(29.0 / 3, reconciled.Mean[0][0], 12);
        Assert.Equal(13.0 / 3, reconciled.Mean[1][0], 12);
        Assert.Equal(16.0 / 3, reconciled.Mean[2][0], 12);
        Assert.Equal("OLS", reconciled.Method);
    }

    [Fact]
    public void Diagonal_covariance_shares_the_gap_in_proportion_to_each_variance()
    {
        // With W = diag(wT, wA, wB) the gap d = ŷT − ŷA − ŷB is split as wT : wA : wB:
        // T loses wT·d/Σw, A and B gain wA·d/Σw and wB·d/Σw. Here d = 6 and Σw = 6.
        var hierarchy = TotalOfTwo();
        double[,] w = { { 1, 0, 0 }, { 0, 2, 0 }, { 0, 0, 3 } };

        var reconciled = MinTrace.Reconcile(hierarchy, [[20.0], [8.0], [6.0]], w);

        Assert.Equal(19, reconciled[0][0], 12);
        Assert.Equal(10, reconciled[1][0], 12);
        Assert.Equal(9, reconciled[2][0], 12);
    }

    [Fact]
    public void Shrinkage_is_total_for_uncorrelated_residuals_and_none_for_identical_ones()
    {
        double[] first = [1, -1, 1, -1, 2, -2];
        double[] orthogonal = [1, 1, -1, -1, 0, 0];
        double[] signs = [1, -1, 1, 1, -1, -1];

        var uncorrelated = ShrinkageCovariance.Of([first, orthogonal]);
        var identical = ShrinkageCovariance.Of([signs, [.. signs.Select(e => 3 * e)]]);

        Assert.Equal(1, uncorrelated.Intensity);
        Assert.Equal(0, uncorrelated.Covariance[0, 1]);
        Assert.Equal(12.0 / 6, uncorrelated.Covariance[0, 0], 12);

        // Residuals of ±1 that agree every period: every product w_t is 1, so r = 1 is certain.
        Assert.Equal(0, identical.Intensity, 12);
        Assert.Equal(3, identical.Covariance[0, 1], 12);
        Assert.Equal(9, identical.Covariance[1, 1], 12);
    }

    [Fact]
    public void Shrinkage_intensity_matches_the_schafer_strimmer_formula_worked_by_hand()
    {
        // Standardised residuals z (second moment 1), products w_t = z1·z2, r = mean w,
        // Var(r) = Σ(w − r)² / (T(T − 1)), λ = Σ_{i≠j} Var(r) / Σ_{i≠j} r².
        // T = 4, w = (1, 1, 1, −1): r = 0.5, Σ(w − r)² = 3, Var(r) = 3/12, λ = 0.25/0.25 = 1.
        double[] e1 = [1, -1, 1, 1];
        double[] e2 = [1, -1, 1, -1];
        Assert.Equal(1, ShrinkageCovariance.Of([e1, e2]).Intensity, 12);

        // T = 6, second series scaled by 2 (z unchanged), w = (1,1,1,1,1,−1): r = 2/3,
        // Σ(w − r)² = 5/9 + 25/9 = 10/3, Var(r) = (10/3)/30 = 1/9, λ = (1/9)/(4/9) = 0.25;
        // the shrunk covariance is (1 − λ)·r·σ1·σ2 = 0.75 · 2/3 · 1 · 2 = 1.
        double[] f1 = [1, -1, 1, 1, -1, 1];
        double[] f2 = [2, -2, 2, 2, -2, -2];
        var estimate = ShrinkageCovariance.Of([f1, f2]);
        Assert.Equal(0.25, estimate.Intensity, 12);
        Assert.Equal(1, estimate.Covariance[1, 0], 12);
        Assert.Equal(4, estimate.Covariance[1, 1], 12);
    }

    [Fact]
    public void Periods_without_a_residual_for_every_series_are_left_out()
    {
        var estimate = ShrinkageCovariance.Of([[double.NaN, 1, -1, 1, -1], [5, 1, 1, -1, -1]]);

        Assert.Equal(4, estimate.Periods);
        Assert.Equal(1, estimate.Covariance[1, 1], 12);
    }
}
