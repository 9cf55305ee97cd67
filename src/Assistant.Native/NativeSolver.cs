using Assistant.Native.Cbc;

namespace Assistant.Native;

/// <summary>
/// One <see cref="LinearProblem"/> solved in this process: by CBC's branch and cut when it has
/// integer columns, else by Clp (which also gives duals). A native assertion inside CBC or Clp
/// ends the whole process; hosts therefore solve through worker processes (ContainedSolver in
/// Assistant.Optimization), and this class is what each worker runs.
/// </summary>
public static class NativeSolver
{
    /// <exception cref="ArgumentException">The problem is malformed (sizes, indices, NaN, crossed bounds).</exception>
    /// <exception cref="NativeLibraryException">CBC is not installed.</exception>
    public static NativeSolution Solve(LinearProblem problem, SolveLimits limits, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(limits);
        if (problem.HasIntegerColumns)
        {
            using var cbc = CbcModel.Create(problem);
            return cbc.Solve(limits, cancellation);
        }

        using var clp = ClpModel.Create(problem);
        return clp.Solve(limits, cancellation);
    }

    /// <summary>
    /// The checks <see cref="Solve"/> makes before it touches a native library, for a host that
    /// hands the problem to another process and wants a caller's mistake reported as it would be here.
    /// </summary>
    /// <exception cref="ArgumentException">The problem is malformed.</exception>
    /// <exception cref="NativeLibraryException">CBC is not installed.</exception>
    public static void Check(LinearProblem problem, SolveLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ProblemChecks.Validate(problem);
        limits.Validate();
        CbcProbe.EnsureAvailable();
    }
}
