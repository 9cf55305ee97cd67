namespace Assistant.Forecasting.Fitting;

/// <summary>
/// Derivative-free minimisation by the Nelder-Mead simplex (reflection 1, expansion 2,
/// contraction ½, shrink ½). The objective signals an inadmissible point by returning
/// +infinity; the simplex then moves away from it.
/// </summary>
public static class NelderMead
{
    public sealed record Result(double[] Point, double Value, int Evaluations);

    public static Result Minimise(Func<double[], double> objective, double[] start, double[] steps, int maxEvaluations = 2000, double tolerance = 1e-8)
    {
        var n = start.Length;
        var simplex = new double[n + 1][];
        var values = new double[n + 1];
        simplex[0] = (double[])start.Clone();
        values[0] = objective(simplex[0]);
        var evaluations = 1;
        for (var i = 0; i < n; i++)
        {
            var point = (double[])start.Clone();
            point[i] += steps[i];
            simplex[i + 1] = point;
            values[i + 1] = objective(point);
            evaluations++;
        }

        var order = new int[n + 1];
        var centroid = new double[n];
        var trial = new double[n];
        var trial2 = new double[n];
        while (evaluations < maxEvaluations)
        {
            for (var i = 0; i <= n; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (a, b) => values[a].CompareTo(values[b]));
            var best = order[0];
            var worst = order[n];
            var secondWorst = order[n - 1];
            if (Math.Abs(values[worst] - values[best]) <= tolerance * (Math.Abs(values[best]) + tolerance) && double.IsFinite(values[worst]))
            {
                break;
            }

            Array.Clear(centroid);
            for (var i = 0; i <= n; i++)
            {
                if (i == worst)
                {
                    continue;
                }

                for (var j = 0; j < n; j++)
                {
                    centroid[j] += simplex[i][j] / n;
                }
            }

            Move(centroid, simplex[worst], -1.0, trial);
            var reflected = objective(trial);
            evaluations++;
            if (reflected < values[best])
            {
                Move(centroid, simplex[worst], -2.0, trial2);
                var expanded = objective(trial2);
                evaluations++;
                Replace(simplex, values, worst, expanded < reflected ? trial2 : trial, Math.Min(expanded, reflected));
            }
            else if (reflected < values[secondWorst])
            {
                Replace(simplex, values, worst, trial, reflected);
            }
            else
            {
                var outside = reflected < values[worst];
                Move(centroid, simplex[worst], outside ? -0.5 : 0.5, trial2);
                var contracted = objective(trial2);
                evaluations++;
                if (contracted < (outside ? reflected : values[worst]))
                {
                    Replace(simplex, values, worst, trial2, contracted);
                }
                else
                {
                    for (var i = 0; i <= n; i++)
                    {
                        if (i == best)
                        {
                            continue;
                        }

                        for (var j = 0; j < n; j++)
                        {
                            simplex[i][j] = simplex[best][j] + 0.5 * (simplex[i][j] - simplex[best][j]);
                        }

                        values[i] = objective(simplex[i]);
                        evaluations++;
                    }
                }
            }
        }

        var winner = 0;
        for (var i = 1; i <= n; i++)
        {
            if (values[i] < values[winner])
            {
                winner = i;
            }
        }

        return new Result(simplex[winner], values[winner], evaluations);
    }

    /// <summary>into = centroid + factor·(vertex − centroid).</summary>
    private static void Move(double[] centroid, double[] vertex, double factor, double[] into)
    {
        for (var j = 0; j < centroid.Length; j++)
        {
            into[j] = centroid[j] + factor * (vertex[j] - centroid[j]);
        }
    }

    private static void Replace(double[][] simplex, double[] values, int index, double[] point, double value)
    {
        Array.Copy(point, simplex[index], point.Length);
        values[index] = value;
    }
}
