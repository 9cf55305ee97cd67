namespace Assistant.Forecasting.Hierarchy;

/// <summary>
/// The Cholesky factor L (A = L·Lᵀ) of a symmetric positive definite matrix, and solves with it.
/// Reconciliation only ever needs SPD systems (a covariance, and Sᵀ·W⁻¹·S), for which this is
/// the cheapest stable method; the matrices are a few hundred rows, so a plain dense loop is
/// enough and saves a dependency.
/// </summary>
internal sealed class Cholesky
{
    private readonly double[,] _lower;

    private Cholesky(double[,] lower) => _lower = lower;

    public int Size => _lower.GetLength(0);

    /// <summary>Factors <paramref name="a"/> (only its lower triangle is read); throws if it is not positive definite.</summary>
    public static Cholesky Of(double[,] a)
    {
        var n = a.GetLength(0);
        if (a.GetLength(1) != n)
        {
            throw new ArgumentException($"A {n}×{a.GetLength(1)} matrix is not square.", nameof(a));
        }

        var l = new double[n, n];
        for (var j = 0; j < n; j++)
        {
            var diagonal = a[j, j];
            for (var k = 0; k < j; k++)
            {
                diagonal -= l[j, k] * l[j, k];
            }

            if (!(diagonal > 0))
            {
                throw new InvalidOperationException($"The matrix is not positive definite (pivot {j} is {diagonal:G3}).");
            }

            var root = Math.Sqrt(diagonal);
            l[j, j] = root;
            for (var i = j + 1; i < n; i++)
            {
                var sum = a[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }

                l[i, j] = sum / root;
            }
        }

        return new Cholesky(l);
    }

    /// <summary>L⁻¹·B for each column of B (n × c), by forward substitution; B is left unchanged.</summary>
    public double[,] SolveLower(double[,] b)
    {
        var n = Size;
        var columns = b.GetLength(1);
        var x = (double[,])b.Clone();
        for (var i = 0; i < n; i++)
        {
            var pivot = _lower[i, i];
            for (var c = 0; c < columns; c++)
            {
                var sum = x[i, c];
                for (var k = 0; k < i; k++)
                {
                    sum -= _lower[i, k] * x[k, c];
                }

                x[i, c] = sum / pivot;
            }
        }

        return x;
    }

    /// <summary>A⁻¹·B: forward substitution with L, then back substitution with Lᵀ.</summary>
    public double[,] Solve(double[,] b)
    {
        var n = Size;
        var columns = b.GetLength(1);
        var x = SolveLower(b);
        for (var i = n - 1; i >= 0; i--)
        {
            var pivot = _lower[i, i];
            for (var c = 0; c < columns; c++)
            {
                var sum = x[i, c];
                for (var k = i + 1; k < n; k++)
                {
                    sum -= _lower[k, i] * x[k, c];
                }

                x[i, c] = sum / pivot;
            }
        }

        return x;
    }
}
