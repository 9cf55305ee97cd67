using Assistant.Native.XGBoost;

namespace Assistant.Native.Tests;

public sealed class BaseScoreTests
{
    [Fact]
    public void Squared_error_starts_from_the_weighted_mean()
    {
        Assert.Equal(0.75f, BaseScore.For(BoostedTreesObjective.SquaredError, [0.5f, 1f], null));
        Assert.Equal(0.6f, BaseScore.For(BoostedTreesObjective.SquaredError, [0.5f, 1f], [4f, 1f]), 6);
    }

    [Fact]
    public void The_robust_objectives_start_from_the_weighted_median()
    {
        Assert.Equal(2.5f, BaseScore.For(BoostedTreesObjective.AbsoluteError, [100f, 2.5f, 1f], null));
        Assert.Equal(100f, BaseScore.For(BoostedTreesObjective.PseudoHuberError, [100f, 2.5f, 1f], [5f, 1f, 1f]));
    }
}
