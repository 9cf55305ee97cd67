using Assistant.Native;
using Assistant.Optimization.Modelling;

namespace Assistant.Optimization.Solving;

/// <summary>
/// Solves models with CBC and Clp, like <see cref="CbcSolver"/>, but in solver worker processes
/// (<see cref="SolverWorkerPool"/>), so that no failure of the native solvers can take the host
/// down: a worker that aborts costs the one solve, which comes back with
/// <see cref="SolveStatus.Error"/> and a detail such as "the solver process stopped unexpectedly
/// (signal 6, SIGABRT): ...". Results are the same as in process, bit for bit. The web app, the
/// CLI and MCP server, the tests and the benchmarks all solve through this. Thread-safe.
/// </summary>
public sealed class ContainedSolver(SolverWorkerPool pool) : ISolver
{
    /// <summary>Solves in the process-wide pool (<see cref="SolverWorkerPool.Shared"/>).</summary>
    public ContainedSolver()
        : this(SolverWorkerPool.Shared)
    {
    }

    /// <exception cref="NativeLibraryException">CBC is not installed (check with <see cref="NativeLibraries.IsCbcAvailable"/>).</exception>
    /// <exception cref="InvalidOperationException">No solver worker can be started (its files are missing from the host's folder).</exception>
    public Solution Solve(Model model, SolveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= SolveOptions.Default;
        var problem = ProblemTranslation.ToProblem(model);
        var native = pool.Solve(problem, SolutionTranslation.ToLimits(options), options.CancellationToken);
        return SolutionTranslation.ToSolution(model, native);
    }
}
