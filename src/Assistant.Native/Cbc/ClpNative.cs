using System.Runtime.InteropServices;

namespace Assistant.Native.Cbc;

/// <summary>
/// The functions of Clp 1.17's C interface (<c>Clp_C_Interface.h</c>) that the project calls, for
/// linear programs and their duals. Clp keeps no global state in these calls, so separate models
/// may be solved on separate threads at once (unlike <c>Cbc_solve</c>, see <see cref="BranchAndCutGate"/>).
/// </summary>
internal static unsafe partial class ClpNative
{
    /// <summary>Debian's soname (package coinor-libclp1, a dependency of coinor-libcbc3).</summary>
    public const string Library = "libClp.so.1";

    public static readonly IReadOnlyList<string> Functions =
    [
        nameof(Clp_newModel),
        nameof(Clp_deleteModel),
        nameof(Clp_setLogLevel),
        nameof(Clp_loadProblem),
        nameof(Clp_setOptimizationDirection),
        nameof(Clp_setMaximumSeconds),
        nameof(Clp_initialSolve),
        nameof(Clp_status),
        nameof(Clp_secondaryStatus),
        nameof(Clp_getObjValue),
        nameof(Clp_getColSolution),
        nameof(Clp_getRowActivity),
        nameof(Clp_getRowPrice),
        nameof(Clp_getReducedCost),
    ];

    [LibraryImport(Library)]
    internal static partial ClpModelHandle Clp_newModel();

    [LibraryImport(Library)]
    internal static partial void Clp_deleteModel(nint model);

    /// <summary>0 prints nothing; the default (1) prints a summary of every solve to stdout.</summary>
    [LibraryImport(Library)]
    internal static partial void Clp_setLogLevel(ClpModelHandle model, int level);

    /// <summary>Same layout as <see cref="CbcNative.Cbc_loadProblem"/>; Clp copies the arrays.</summary>
    [LibraryImport(Library)]
    internal static partial void Clp_loadProblem(
        ClpModelHandle model, int columns, int rows, int* starts, int* rowIndices, double* values,
        double* columnLower, double* columnUpper, double* objective, double* rowLower, double* rowUpper);

    /// <summary>1 minimises, -1 maximises.</summary>
    [LibraryImport(Library)]
    internal static partial void Clp_setOptimizationDirection(ClpModelHandle model, double direction);

    [LibraryImport(Library)]
    internal static partial void Clp_setMaximumSeconds(ClpModelHandle model, double seconds);

    /// <summary>Presolve, then dual or primal simplex as Clp sees fit; returns <see cref="Clp_status"/>.</summary>
    [LibraryImport(Library)]
    internal static partial int Clp_initialSolve(ClpModelHandle model);

    /// <summary>
    /// 0 optimal, 1 primal infeasible, 2 dual infeasible (unbounded), 3 stopped on iterations or
    /// time, 4 stopped on numerical difficulties, 5 stopped by an event handler.
    /// </summary>
    [LibraryImport(Library)]
    internal static partial int Clp_status(ClpModelHandle model);

    [LibraryImport(Library)]
    internal static partial int Clp_secondaryStatus(ClpModelHandle model);

    [LibraryImport(Library)]
    internal static partial double Clp_getObjValue(ClpModelHandle model);

    [LibraryImport(Library)]
    internal static partial double* Clp_getColSolution(ClpModelHandle model);

    [LibraryImport(Library)]
    internal static partial double* Clp_getRowActivity(ClpModelHandle model);

    [LibraryImport(Library)]
    internal static partial double* Clp_getRowPrice(ClpModelHandle model);

    [LibraryImport(Library)]
    internal static partial double* Clp_getReducedCost(ClpModelHandle model);
}
