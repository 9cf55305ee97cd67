namespace Assistant.Native.Tests;

public sealed class PersistenceTests
{
    [Fact]
    public void Save_then_Load_predicts_bit_for_bit_the_same()
    {
        (float[] features, float[] labels, int rows, int columns) = Samples.Noisy();
        using var trained = BoostedTrees.Train(
            features, rows, columns, labels, new BoostedTreesOptions { Rounds = 30, Subsample = 0.8, Threads = 2 });

        var saved = trained.Save();
        using var loaded = BoostedTrees.Load(saved, threads: 1);

        Assert.Equal(trained.Columns, loaded.Columns);
        Assert.Equal(trained.Rounds, loaded.Rounds);
        Assert.Equal(trained.Predict(features, rows), loaded.Predict(features, rows));
        Assert.Equal(saved, loaded.Save());
    }

    [Fact]
    public void Load_turns_bytes_that_are_not_a_model_into_a_native_library_error_naming_the_call()
    {
        var garbage = "this is not an XGBoost model, just some text"u8.ToArray();

        var error = Assert.Throws<NativeLibraryException>(() => BoostedTrees.Load(garbage));

        Assert.Equal("libxgboost.so.0", error.Library);
        Assert.Equal("XGBoosterLoadModelFromBuffer", error.Function);
        Assert.False(string.IsNullOrWhiteSpace(error.Detail));
        Assert.StartsWith("libxgboost.so.0: XGBoosterLoadModelFromBuffer failed: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("wrong model format", error.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Stack trace", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_rejects_an_empty_buffer()
    {
        var error = Assert.Throws<ArgumentException>(() => BoostedTrees.Load([]));

        Assert.Equal("model", error.ParamName);
    }

    [Fact]
    public void A_disposed_model_refuses_work_and_may_be_disposed_again()
    {
        (float[] x, float[] y) = Samples.Line();
        var model = BoostedTrees.Train(x, x.Length, 1, y, new BoostedTreesOptions { Rounds = 2, Threads = 1 });

        model.Dispose();
        model.Dispose();

        Assert.Throws<ObjectDisposedException>(() => model.Predict(x, x.Length));
        Assert.Throws<ObjectDisposedException>(() => model.Save());
    }
}
