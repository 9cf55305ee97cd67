using Assistant.Native;
using Assistant.Optimization.Modelling;

namespace Assistant.Optimization.Solving;

/// <summary>
/// Solves models with COIN-OR's native solvers (see docs/cbc.md) <b>in this process</b>: a model
/// with integer variables by CBC's branch and cut, a pure LP by Clp, which also returns duals and
/// reduced costs. A native assertion inside CBC or Clp ends the whole process, so hosts that serve
/// other people's questions use <see cref="ContainedSolver"/>, which runs the same solvers in
/// worker processes; this one is for programs that own their models (and for comparisons).
/// Thread-safe.
/// </summary>
public sealed class CbcSolver : ISolver
{
    /// <exception cref="NativeLibraryException">CBC is not installed (check with <see cref="NativeLibraries.IsCbcAvailable"/>).</exception>
    public Solution Solve(Model model, SolveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= SolveOptions.Default;
        var problem = ProblemTranslation.ToProblem(model);
        var native = NativeSolver.Solve(problem, SolutionTranslation.ToLimits(options), options.CancellationToken);
        return SolutionTranslation.ToSolution(model, native);
    }
}
