namespace Assistant.Native.Tests;

public sealed class InputTests
{
    private static readonly BoostedTreesOptions Options = new() { Rounds = 2, Threads = 1 };

    [Fact]
    public void Features_that_are_not_rows_times_columns_long_are_rejected_with_the_sizes()
    {
        var error = Assert.Throws<ArgumentException>(() => BoostedTrees.Train(new float[10], 3, 4, new float[3], Options));

        Assert.Equal("features", error.ParamName);
        Assert.Contains("10 values", error.Message, StringComparison.Ordinal);
        Assert.Contains("3 rows × 4 columns need 12", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_must_give_one_value_per_row()
    {
        var error = Assert.Throws<ArgumentException>(() => BoostedTrees.Train(new float[6], 3, 2, new float[4], Options));

        Assert.Equal("labels", error.ParamName);
        Assert.Contains("labels has 4 values, but there are 3 rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_must_give_one_value_per_row()
    {
        var error = Assert.Throws<ArgumentException>(() => BoostedTrees.Train(new float[6], 3, 2, new float[3], Options, weights: new float[2]));

        Assert.Equal("weights", error.ParamName);
    }

    [Fact]
    public void Negative_weights_and_missing_labels_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => BoostedTrees.Train(new float[3], 3, 1, new float[3], Options, weights: [1, -1, 1]));
        var error = Assert.Throws<ArgumentException>(() => BoostedTrees.Train(new float[3], 3, 1, [1, float.NaN, 2], Options));

        Assert.Contains("labels[1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_infinite_feature_is_rejected_with_its_row_and_column()
    {
        float[] features = [1, 2, 3, float.PositiveInfinity];

        var error = Assert.Throws<ArgumentException>(() => BoostedTrees.Train(features, 2, 2, [1, 2], Options));

        Assert.Contains("row 1, column 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_rows_cannot_train()
    {
        Assert.Throws<ArgumentException>(() => BoostedTrees.Train([], 0, 1, [], Options));
    }

    [Fact]
    public void Predict_needs_the_models_column_count()
    {
        using var model = BoostedTrees.Train([1, 2, 3, 4, 5, 6], 3, 2, [1, 2, 3], Options);

        var error = Assert.Throws<ArgumentException>(() => model.Predict([1, 2, 3], 1));

        Assert.Contains("1 rows × 2 columns need 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(BoostedTreesOptions.Rounds))]
    [InlineData(nameof(BoostedTreesOptions.LearningRate))]
    [InlineData(nameof(BoostedTreesOptions.Subsample))]
    [InlineData(nameof(BoostedTreesOptions.Threads))]
    public void Options_out_of_range_are_named(string option)
    {
        BoostedTreesOptions bad = option switch
        {
            nameof(BoostedTreesOptions.Rounds) => Options with { Rounds = 0 },
            nameof(BoostedTreesOptions.LearningRate) => Options with { LearningRate = double.NaN },
            nameof(BoostedTreesOptions.Subsample) => Options with { Subsample = 1.5 },
            _ => Options with { Threads = 0 },
        };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => BoostedTrees.Train([1, 2], 2, 1, [1, 2], bad));

        Assert.Equal(option, error.ParamName);
    }
}
