using Assistant.Native.XGBoost;

namespace Assistant.Native;

/// <summary>
/// A gradient-boosted tree regression model (XGBoost 1.7 through its C API). Features are
/// row-major float matrices with NaN for a missing value. The native model is released on
/// <see cref="Dispose"/> (or, failing that, by its finalizer). Any number of instances may be
/// trained and used on different threads at once; calls on one instance are serialized.
/// </summary>
public sealed class BoostedTrees : IDisposable
{
    private readonly Booster booster;

    // XGBoost hands results back in per-booster buffers and reconfigures lazily inside calls, so
    // one booster must not be used by two threads at a time; it also keeps Dispose from freeing
    // the booster while a prediction is reading its buffer.
    private readonly Lock gate = new();

    private bool disposed;

    private BoostedTrees(Booster booster)
    {
        this.booster = booster;
        Columns = booster.FeatureCount;
        Rounds = booster.BoostedRounds;
    }

    /// <summary>The number of feature columns the model was trained on; predictions need the same.</summary>
    public int Columns { get; }

    /// <summary>The number of boosting rounds (trees) in the model.</summary>
    public int Rounds { get; }

    /// <summary>
    /// Trains a model on <paramref name="rows"/> × <paramref name="columns"/> row-major
    /// <paramref name="features"/> (finite, or NaN when missing) and one finite label per row,
    /// optionally weighting rows.
    /// </summary>
    /// <exception cref="ArgumentException">A size does not match, or a value is not accepted.</exception>
    /// <exception cref="NativeLibraryException">XGBoost is not installed, or it failed.</exception>
    public static BoostedTrees Train(
        float[] features, int rows, int columns, float[] labels, BoostedTreesOptions options, float[]? weights = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        InputChecks.Matrix(features, rows, columns, nameof(features));
        InputChecks.PerRow(labels, rows, nameof(labels), isWeight: false);
        if (weights is not null)
        {
            InputChecks.PerRow(weights, rows, nameof(weights), isWeight: true);
        }

        options.Validate();
        XGBoostProbe.EnsureAvailable();

        var baseScore = options.BaseScore ?? BaseScore.For(options.Objective, labels, weights);
        using var training = DenseMatrix.Create(features, rows, columns);
        DenseMatrix.SetField(training, "label", labels);
        if (weights is not null)
        {
            DenseMatrix.SetField(training, "weight", weights);
        }

        var booster = Booster.Create(training);
        try
        {
            foreach ((string name, string value) in TrainingParameters.For(options, baseScore))
            {
                booster.SetParameter(name, value);
            }

            // The whole training runs on this one thread, which matters: XGBoost's random
            // generator (row and column sampling) is per thread, seeded from the booster's seed.
            for (int round = 0; round < options.Rounds; round++)
            {
                booster.UpdateOneIteration(round, training);
            }

            return new BoostedTrees(booster);
        }
        catch
        {
            booster.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Loads a model saved by <see cref="Save"/>. The saved model does not carry a thread count:
    /// <paramref name="threads"/> sets the one its predictions use (null: all cores).
    /// </summary>
    /// <exception cref="ArgumentException">The buffer is empty, or the thread count is below 1.</exception>
    /// <exception cref="NativeLibraryException">XGBoost is not installed, or it rejects the bytes.</exception>
    public static BoostedTrees Load(byte[] model, int? threads = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Length == 0)
        {
            throw new ArgumentException("model is empty; pass the bytes BoostedTrees.Save returned.", nameof(model));
        }

        if (threads is { } count)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(count, 1, nameof(threads));
        }

        XGBoostProbe.EnsureAvailable();
        var booster = Booster.Create(training: null);
        try
        {
            booster.Load(model);
            // Set after loading, so that the model's own configuration cannot override it.
            booster.SetParameter("nthread", TrainingParameters.Text(TrainingParameters.ThreadCount(threads)));
            return new BoostedTrees(booster);
        }
        catch
        {
            booster.Dispose();
            throw;
        }
    }

    /// <summary>
    /// One prediction per row of the row-major <paramref name="features"/>, which must have
    /// <see cref="Columns"/> columns (NaN for a missing value). No rows give an empty array.
    /// </summary>
    /// <exception cref="ArgumentException">The matrix does not have <see cref="Columns"/> columns, or holds an infinity.</exception>
    public float[] Predict(float[] features, int rows)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (rows == 0 && features.Length == 0)
        {
            return [];
        }

        InputChecks.Matrix(features, rows, Columns, nameof(features));

        // Building the matrix touches no booster state, so it happens outside the lock.
        using var matrix = DenseMatrix.Create(features, rows, Columns);
        float[] predictions;
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            predictions = booster.Predict(matrix);
        }

        if (predictions.Length != rows)
        {
            throw new NativeLibraryException(
                XGBoostNative.Library, nameof(XGBoostNative.XGBoosterPredict), $"returned {predictions.Length} predictions for {rows} rows");
        }

        return predictions;
    }

    /// <summary>
    /// The model as bytes (XGBoost's Universal Binary JSON format) for <see cref="Load"/>: a
    /// loaded copy predicts bit-for-bit the same. Training options other than the model itself
    /// (thread count, sampling, seed) are not kept.
    /// </summary>
    public byte[] Save()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return booster.Save();
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            booster.Dispose();
        }
    }
}
