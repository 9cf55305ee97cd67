namespace Assistant.Native.Tests;

public sealed class DeterminismAndConcurrencyTests
{
    // Row and column sampling make the seed matter; two threads per model exercise OpenMP.
    private static readonly BoostedTreesOptions Sampled = new()
    {
        Rounds = 40,
        Subsample = 0.7,
        ColumnSampleByTree = 0.67,
        Threads = 2,
        Seed = 42,
    };

    [Fact]
    public void The_same_seed_trains_identical_models()
    {
        (float[] features, float[] labels, int rows, int columns) = Samples.Noisy();

        using var first = BoostedTrees.Train(features, rows, columns, labels, Sampled);
        using var second = BoostedTrees.Train(features, rows, columns, labels, Sampled);

        Assert.Equal(first.Predict(features, rows), second.Predict(features, rows));
        Assert.Equal(first.Save(), second.Save());
    }

    [Fact]
    public void Another_seed_samples_differently()
    {
        (float[] features, float[] labels, int rows, int columns) = Samples.Noisy();

        using var first = BoostedTrees.Train(features, rows, columns, labels, Sampled);
        using var other = BoostedTrees.Train(features, rows, columns, labels, Sampled with { Seed = 43 });

        Assert.NotEqual(first.Predict(features, rows), other.Predict(features, rows));
    }

    [Fact]
    public void The_thread_count_does_not_change_the_model()
    {
        (float[] features, float[] labels, int rows, int columns) = Samples.Noisy();

        using var one = BoostedTrees.Train(features, rows, columns, labels, Sampled with { Threads = 1 });
        using var four = BoostedTrees.Train(features, rows, columns, labels, Sampled with { Threads = 4 });

        Assert.Equal(one.Predict(features, rows), four.Predict(features, rows));
    }

    [Fact]
    public void Models_trained_in_parallel_match_the_same_models_trained_one_by_one()
    {
        // Each model learns its own line (slope k) with its own seed; the parallel run must give
        // bit-for-bit what a sequential run gives, so no state leaks between models or threads.
        const int models = 16;
        (float[] x, _) = Samples.Line();
        float[][] labels = [.. Enumerable.Range(0, models).Select(k => Samples.Line(slope: k).Labels)];
        BoostedTreesOptions Options(int k) => Sampled with { Threads = 1, Subsample = 0.8, ColumnSampleByTree = 1, Seed = k };

        float[][] sequential = new float[models][];
        for (int k = 0; k < models; k++)
        {
            using var model = BoostedTrees.Train(x, x.Length, 1, labels[k], Options(k));
            sequential[k] = model.Predict(x, x.Length);
        }

        float[][] parallel = new float[models][];
        Parallel.For(0, models, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k =>
        {
            using var model = BoostedTrees.Train(x, x.Length, 1, labels[k], Options(k));
            parallel[k] = model.Predict(x, x.Length);
        });

        for (int k = 0; k < models; k++)
        {
            Assert.Equal(sequential[k], parallel[k]);
            Assert.Equal(k * 5f + 1f, parallel[k][50], 0.5);
        }
    }

    [Fact]
    public void One_model_can_be_shared_by_many_threads()
    {
        (float[] features, float[] labels, int rows, int columns) = Samples.Noisy();
        using var model = BoostedTrees.Train(features, rows, columns, labels, Sampled);
        float[] expected = model.Predict(features, rows);

        float[][] results = new float[32][];
        Parallel.For(0, results.Length, i => results[i] = model.Predict(features, rows));

        Assert.All(results, result => Assert.Equal(expected, result));
    }
}
