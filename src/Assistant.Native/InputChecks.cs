namespace Assistant.Native;

/// <summary>
/// Argument checks for the matrices and per-row vectors handed to XGBoost, done in managed code
/// so that a caller's mistake reads as an <see cref="ArgumentException"/> saying what to fix,
/// rather than as a native error, or worse, as a read past the end of a buffer.
/// </summary>
internal static class InputChecks
{
    /// <summary>A row-major rows × columns matrix of finite values or NaN (missing).</summary>
    public static void Matrix(float[] values, int rows, int columns, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (rows < 1)
        {
            throw new ArgumentException($"{name}: rows is {rows}; at least 1 row is needed.", name);
        }

        if (columns < 1)
        {
            throw new ArgumentException($"{name}: columns is {columns}; at least 1 column is needed.", name);
        }

        var expected = (long)rows * columns;
        if (values.Length != expected)
        {
            throw new ArgumentException(
                $"{name} has {values.Length} values, but {rows} rows × {columns} columns need {expected} (row-major, NaN for a missing value).",
                name);
        }

        for (int i = 0; i < values.Length; i++)
        {
            if (float.IsInfinity(values[i]))
            {
                throw new ArgumentException(
                    $"{name}[{i}] (row {i / columns}, column {i % columns}) is infinite; values must be finite, or NaN when missing.",
                    name);
            }
        }
    }

    /// <summary>One finite value per row (labels, weights); weights must also be 0 or more and not all 0.</summary>
    public static void PerRow(float[] values, int rows, string name, bool isWeight)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Length != rows)
        {
            throw new ArgumentException($"{name} has {values.Length} values, but there are {rows} rows: one value per row is needed.", name);
        }

        var total = 0.0;
        for (int i = 0; i < values.Length; i++)
        {
            if (!float.IsFinite(values[i]))
            {
                throw new ArgumentException($"{name}[{i}] is {values[i]}; every {(isWeight ? "weight" : "label")} must be a finite number.", name);
            }

            if (isWeight && values[i] < 0)
            {
                throw new ArgumentException($"{name}[{i}] is {values[i]}; weights must be 0 or more.", name);
            }

            total += values[i];
        }

        if (isWeight && total <= 0)
        {
            throw new ArgumentException($"{name} are all 0; at least one row must have a positive weight.", name);
        }
    }
}
