namespace Assistant.Native.Tests;

public sealed class LearningTests
{
    private static readonly BoostedTreesOptions Quick = new() { Rounds = 60, Threads = 2 };

    [Fact]
    public void Learns_a_straight_line_on_a_grid()
    {
        (float[] x, float[] y) = Samples.Line();
        using var model = BoostedTrees.Train(x, x.Length, 1, y, Quick);

        Assert.Equal(1, model.Columns);
        Assert.Equal(60, model.Rounds);
        float[] predicted = model.Predict(x, x.Length);
        for (int i = 0; i < x.Length; i++)
        {
            Assert.Equal(y[i], predicted[i], 0.05);
        }

        // Between grid points a tree predicts a neighbour's value: off by at most slope × step.
        float[] between = [0.55f, 3.35f, 7.05f, 9.95f];
        float[] predictedBetween = model.Predict(between, between.Length);
        for (int i = 0; i < between.Length; i++)
        {
            Assert.Equal(2 * between[i] + 1, predictedBetween[i], 0.25);
        }
    }

    [Theory]
    [InlineData(BoostedTreesObjective.AbsoluteError)]
    [InlineData(BoostedTreesObjective.PseudoHuberError)]
    public void The_robust_objectives_learn_the_line_too(BoostedTreesObjective objective)
    {
        (float[] x, float[] y) = Samples.Line();
        using var model = BoostedTrees.Train(x, x.Length, 1, y, Quick with { Rounds = 200, Objective = objective });

        float[] predicted = model.Predict(x, x.Length);
        for (int i = 0; i < x.Length; i++)
        {
            Assert.Equal(y[i], predicted[i], 0.3);
        }
    }

    [Fact]
    public void Absolute_error_ignores_an_outlier_that_squared_error_follows()
    {
        // Ten identical rows; one label is wild. The median stays at 5, the mean moves to 14.5.
        // Both start from 0, so that the trees, not the base score, have to get there.
        float[] x = [.. Enumerable.Repeat(1f, 10)];
        float[] y = [5, 5, 5, 5, 5, 5, 5, 5, 5, 100];
        BoostedTreesOptions options = Quick with { Rounds = 40, BaseScore = 0 };

        using var absolute = BoostedTrees.Train(x, 10, 1, y, options with { Objective = BoostedTreesObjective.AbsoluteError });
        using var squared = BoostedTrees.Train(x, 10, 1, y, options);

        Assert.Equal(5, absolute.Predict([1f], 1)[0], 0.01);
        Assert.Equal(14.5, squared.Predict([1f], 1)[0], 0.01);
    }

    [Fact]
    public void Learns_a_step_function_almost_exactly()
    {
        (float[] x, float[] y) = Samples.Step();
        using var model = BoostedTrees.Train(x, x.Length, 1, y, Quick with { Rounds = 50, MaxDepth = 2 });

        float[] predicted = model.Predict([0.1f, 0.49f, 0.5f, 0.9f], 4);

        Assert.Equal(0, predicted[0], 0.01);
        Assert.Equal(0, predicted[1], 0.01);
        Assert.Equal(10, predicted[2], 0.01);
        Assert.Equal(10, predicted[3], 0.01);
    }

    [Fact]
    public void NaN_features_are_missing_values_in_training_and_prediction()
    {
        // Column 0 is x, missing in every fifth row; column 1 is missing everywhere but row 0.
        (float[] x, float[] y) = Samples.Line();
        float[] features = new float[x.Length * 2];
        for (int r = 0; r < x.Length; r++)
        {
            features[2 * r] = r % 5 == 4 ? float.NaN : x[r];
            features[2 * r + 1] = r == 0 ? 1f : float.NaN;
        }

        using var model = BoostedTrees.Train(features, x.Length, 2, y, Quick);
        float[] predicted = model.Predict(features, x.Length);

        Assert.All(predicted, p => Assert.True(float.IsFinite(p)));
        for (int r = 0; r < x.Length; r++)
        {
            if (r % 5 != 4)
            {
                Assert.Equal(y[r], predicted[r], 0.3);
            }
        }

        // An entirely missing row still gets a finite prediction within the labels' range.
        var allMissing = model.Predict([float.NaN, float.NaN], 1)[0];
        Assert.InRange(allMissing, 1f, 21f);
    }

    [Fact]
    public void Missingness_itself_is_learned_as_a_signal()
    {
        // The label is 10 exactly when the feature is missing, whatever the present values are.
        float[] x = [.. Enumerable.Range(0, 60).Select(i => i % 2 == 0 ? float.NaN : i / 10f)];
        float[] y = [.. x.Select(v => float.IsNaN(v) ? 10f : 0f)];
        using var model = BoostedTrees.Train(x, x.Length, 1, y, Quick with { Rounds = 40 });

        float[] predicted = model.Predict([float.NaN, 0.1f, 2.5f, 5.9f], 4);

        Assert.Equal(10, predicted[0], 0.01);
        Assert.Equal(0, predicted[1], 0.01);
        Assert.Equal(0, predicted[2], 0.01);
        Assert.Equal(0, predicted[3], 0.01);
    }

    [Fact]
    public void Row_weights_pull_the_fit_towards_heavy_rows()
    {
        // Two labels for the same x: the fit is their weighted mean, 0.9 × 0 + 0.1 × 10 = 1.
        float[] x = [1, 1, 2, 2];
        float[] y = [0, 10, 0, 10];
        float[] weights = [9, 1, 9, 1];
        using var model = BoostedTrees.Train(x, 4, 1, y, Quick with { Rounds = 30, MinChildWeight = 0 }, weights);

        Assert.Equal(1, model.Predict([1f], 1)[0], 0.01);
    }

    [Fact]
    public void Predicting_no_rows_gives_no_predictions()
    {
        (float[] x, float[] y) = Samples.Line();
        using var model = BoostedTrees.Train(x, x.Length, 1, y, Quick with { Rounds = 2 });

        Assert.Empty(model.Predict([], 0));
    }
}
