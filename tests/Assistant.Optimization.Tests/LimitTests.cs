using System.Diagnostics;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Tests;

public sealed class LimitTests
{
    private readonly ContainedSolver solver = new();

    [CbcFact]
    public void A_hard_MIP_stopped_by_the_time_limit_returns_its_incumbent_with_a_gap()
    {
        var model = HardInstances.MarketSplit(withShortfall: true);
        var clock = Stopwatch.StartNew();

        var solution = solver.Solve(model, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(1) });

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed}");
        Assert.Equal(SolveStatus.Feasible, solution.Status);
        Assert.True(solution.HasValues);
        Assert.True(solution.Objective > 0, $"objective {solution.Objective}");
        Assert.NotNull(solution.BestBound);
        Assert.True(solution.BestBound <= solution.Objective, $"bound {solution.BestBound} above objective {solution.Objective}");
        Assert.True(solution.Gap > 0, $"gap {solution.Gap}");
        Assert.Equal(solution.Objective!.Value, solution.Value(model.Objective.Expression), 6);
    }

    [CbcFact]
    public void A_hard_MIP_with_no_solution_in_time_returns_TimeLimitNoSolution()
    {
        var model = HardInstances.MarketSplit(withShortfall: false);
        var clock = Stopwatch.StartNew();

        var solution = solver.Solve(model, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(1) });

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed}");
        Assert.Equal(SolveStatus.TimeLimitNoSolution, solution.Status);
        Assert.False(solution.HasValues);
    }

    [CbcFact]
    public void A_relative_gap_stops_the_search_early_with_a_Feasible_result()
    {
        // A fixed cost of 1000 (a variable pinned at 1000, so that CBC sees it) puts any incumbent
        // with a few units of shortfall within 1% of the bound: CBC stops on the gap, long before
        // the 20 s limit, and says the solution is not proven optimal.
        var model = HardInstances.MarketSplit(withShortfall: true);
        var fixedCost = model.AddContinuous("fixedCost", 1000, 1000);
        model.Minimize(model.Objective.Expression + fixedCost);
        var clock = Stopwatch.StartNew();

        var solution = solver.Solve(model, new SolveOptions { RelativeGap = 0.01, TimeLimit = TimeSpan.FromSeconds(20) });

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(SolveStatus.Feasible, solution.Status);
        Assert.InRange(solution.Gap!.Value, 1e-9, 0.01);
        Assert.Contains("relative gap", solution.Detail, StringComparison.Ordinal);
    }

    [CbcFact]
    public void Cancelling_a_running_search_stops_it_promptly()
    {
        var model = HardInstances.MarketSplit(withShortfall: false);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var clock = Stopwatch.StartNew();

        // Without cancellation this would run for the full 30 s.
        var solution = solver.Solve(model, new SolveOptions { TimeLimit = TimeSpan.FromSeconds(30), CancellationToken = cancel.Token });

        Assert.Equal(SolveStatus.Cancelled, solution.Status);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
        Assert.Null(solution.BestBound);
    }

    [CbcFact]
    public void A_token_cancelled_before_the_solve_returns_Cancelled_at_once()
    {
        var model = HardInstances.MarketSplit(withShortfall: true);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var mip = solver.Solve(model, new SolveOptions { CancellationToken = cancel.Token });

        Assert.Equal(SolveStatus.Cancelled, mip.Status);
        Assert.False(mip.HasValues);
    }
}
