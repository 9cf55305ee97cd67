namespace Assistant.Native.Tests;

/// <summary>Small training sets whose right answers are known.</summary>
internal static class Samples
{
    /// <summary>x = 0, 0.1, ..., 10 in one column; y = slope·x + 1.</summary>
    public static (float[] Features, float[] Labels) Line(float slope = 2f)
    {
        float[] x = [.. Enumerable.Range(0, 101).Select(i => i / 10f)];
        return (x, [.. x.Select(v => slope * v + 1f)]);
    }

    /// <summary>x = 0, 0.01, ..., 0.99 in one column; y = 0 below 0.5, 10 from 0.5 on.</summary>
    public static (float[] Features, float[] Labels) Step()
    {
        float[] x = [.. Enumerable.Range(0, 100).Select(i => i / 100f)];
        return (x, [.. x.Select(v => v < 0.5f ? 0f : 10f)]);
    }

    /// <summary>
    /// Three columns, 400 rows, y depends on all three, some values missing: enough structure
    /// for row and column sampling to change the trees, so that seeds and threads show.
    /// </summary>
    public static (float[] Features, float[] Labels, int Rows, int Columns) Noisy(int rows = 400)
    {
        const int columns = 3;
        var random = new Random(7);
        float[] features = new float[rows * columns];
        float[] labels = new float[rows];
        for (int r = 0; r < rows; r++)
        {
            var a = (float)random.NextDouble();
            var b = (float)random.NextDouble();
            var c = (float)random.NextDouble();
            features[r * columns] = a;
            features[r * columns + 1] = r % 11 == 0 ? float.NaN : b;
            features[r * columns + 2] = c;
            labels[r] = 3 * a + MathF.Sin(6 * b) + (c > 0.5f ? 2 : 0) + (float)(random.NextDouble() - 0.5);
        }

        return (features, labels, rows, columns);
    }
}
