using Assistant.Optimization.Modelling;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Tests;

public sealed class ConcurrencyTests
{
    private readonly ContainedSolver solver = new();

    [CbcFact]
    public void Many_small_MIPs_and_LPs_solved_in_parallel_all_get_their_own_right_answer()
    {
        // Each knapsack's optimum is checked against brute force over its 2^12 subsets, and each
        // LP's against its closed form, so that answers swapped or corrupted between threads show.
        const int count = 96;
        var wrong = new System.Collections.Concurrent.ConcurrentBag<string>();

        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, seed =>
        {
            if (seed % 3 == 0)
            {
                // max a·x + b·y with x ≤ cap, x + y ≤ total: a > b, so x = cap, y = total − cap.
                double a = 5 + seed, b = 2, cap = 10 + seed, total = 50 + seed;
                var model = new Model($"lp {seed}");
                var x = model.AddContinuous("x");
                var y = model.AddContinuous("y");
                model.AddConstraint("Cap", x <= cap);
                var shared = model.AddConstraint("Total", x + y <= total);
                model.Maximize(a * x + b * y);
                var solution = solver.Solve(model);
                var expected = a * cap + b * (total - cap);
                if (solution.Status != SolveStatus.Optimal || Math.Abs(solution.Objective!.Value - expected) > 1e-6 || Math.Abs(solution.Dual(shared)!.Value - b) > 1e-9)
                {
                    wrong.Add($"lp {seed}: {solution.Status} {solution.Objective} (expected {expected})");
                }

                return;
            }

            var random = new Random(seed);
            double[] weights = [.. Enumerable.Range(0, 12).Select(_ => (double)random.Next(1, 20))];
            double[] values = [.. Enumerable.Range(0, 12).Select(_ => (double)random.Next(1, 30))];
            var capacity = 40;
            var knapsack = new Model($"knapsack {seed}");
            var take = weights.Select((_, i) => knapsack.AddBinary($"take[{i}]")).ToArray();
            knapsack.AddConstraint("Capacity", LinearExpression.Sum(take.Select((t, i) => weights[i] * t)) <= capacity);
            knapsack.Maximize(LinearExpression.Sum(take.Select((t, i) => values[i] * t)));

            var result = solver.Solve(knapsack);
            var best = BruteForce(weights, values, capacity);
            if (result.Status != SolveStatus.Optimal || Math.Abs(result.Objective!.Value - best) > 1e-6)
            {
                wrong.Add($"knapsack {seed}: {result.Status} {result.Objective} (expected {best})");
            }
        });

        Assert.Empty(wrong);
    }

    private static double BruteForce(double[] weights, double[] values, double capacity)
    {
        var best = 0.0;
        for (int subset = 0; subset < 1 << weights.Length; subset++)
        {
            double weight = 0, value = 0;
            for (int i = 0; i < weights.Length; i++)
            {
                if ((subset >> i & 1) == 1)
                {
                    weight += weights[i];
                    value += values[i];
                }
            }

            if (weight <= capacity)
            {
                best = Math.Max(best, value);
            }
        }

        return best;
    }
}
