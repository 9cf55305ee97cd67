using Assistant.Optimization.Modelling;

namespace Assistant.Optimization.Solving;

/// <summary>Solves a <see cref="Model"/>. Implementations are thread-safe: separate models may be solved at once.</summary>
public interface ISolver
{
    /// <summary>
    /// Solves <paramref name="model"/>. Outcomes a planner can cause (infeasible, unbounded, time
    /// limit, cancellation) are statuses of the returned <see cref="Solution"/>, not exceptions.
    /// </summary>
    Solution Solve(Model model, SolveOptions? options = null);
}
