using System.Runtime.InteropServices;

namespace Assistant.Native.Cbc;

/// <summary>
/// The functions of CBC 2.10.8's C interface (<c>Cbc_C_Interface.h</c>) that the project calls,
/// with the signatures read off the 2.10 sources and checked against the library (<c>nm -D</c>,
/// and the disassembly of <c>Cbc_addCutCallback</c>, which takes 4 arguments in 2.10, not the 6 of
/// later versions). <c>CoinBigIndex</c> is <c>int</c> in Debian's build. Debian compiles CBC with
/// assertions on, so a bad argument aborts the process: every input is checked in managed code first.
/// </summary>
internal static unsafe partial class CbcNative
{
    /// <summary>Debian's soname (package coinor-libcbc3); there is no unversioned libCbcSolver.so without the -dev package.</summary>
    public const string Library = "libCbcSolver.so.3";

    /// <summary>Every export used, for the availability probe.</summary>
    public static readonly IReadOnlyList<string> Functions =
    [
        nameof(Cbc_getVersion),
        nameof(Cbc_newModel),
        nameof(Cbc_deleteModel),
        nameof(Cbc_loadProblem),
        nameof(Cbc_setInteger),
        nameof(Cbc_setObjSense),
        nameof(Cbc_setParameter),
        nameof(Cbc_addCutCallback),
        nameof(Cbc_solve),
        nameof(Cbc_status),
        nameof(Cbc_secondaryStatus),
        nameof(Cbc_isProvenOptimal),
        nameof(Cbc_isProvenInfeasible),
        nameof(Cbc_isContinuousUnbounded),
        nameof(Cbc_isSecondsLimitReached),
        nameof(Cbc_isAbandoned),
        nameof(Cbc_getObjValue),
        nameof(Cbc_getBestPossibleObjValue),
        nameof(Cbc_bestSolution),
        nameof(OsiCuts_addRowCut),
        nameof(Osi_getNumCols),
        nameof(Osi_getColLower),
        nameof(Osi_getColUpper),
    ];

    /// <summary>A pointer to a static string such as "2.10.8"; never freed.</summary>
    [LibraryImport(Library)]
    internal static partial nint Cbc_getVersion();

    [LibraryImport(Library)]
    internal static partial CbcModelHandle Cbc_newModel();

    [LibraryImport(Library)]
    internal static partial void Cbc_deleteModel(nint model);

    /// <summary>
    /// The whole problem at once, the matrix in compressed sparse columns. The solver copies
    /// every array. Infinite bounds are passed as <see cref="double.MaxValue"/> (COIN_DBL_MAX).
    /// </summary>
    [LibraryImport(Library)]
    internal static partial void Cbc_loadProblem(
        CbcModelHandle model, int columns, int rows, int* starts, int* rowIndices, double* values,
        double* columnLower, double* columnUpper, double* objective, double* rowLower, double* rowUpper);

    [LibraryImport(Library)]
    internal static partial void Cbc_setInteger(CbcModelHandle model, int column);

    /// <summary>1 minimises, -1 maximises.</summary>
    [LibraryImport(Library)]
    internal static partial void Cbc_setObjSense(CbcModelHandle model, double sense);

    /// <summary>
    /// Stores "-name value" for the command line that <c>Cbc_solve</c> hands to <c>CbcMain1</c>;
    /// nothing is checked until the solve, and an unknown name is ignored with a printed line.
    /// </summary>
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void Cbc_setParameter(CbcModelHandle model, string name, string value);

    /// <summary>
    /// Adds a cut generator that CBC calls at every node (<c>howOften</c> is fixed at 1 in 2.10)
    /// with the node's <c>OsiSolverInterface*</c>, an <c>OsiCuts*</c> to add cuts to, and
    /// <paramref name="appData"/>.
    /// </summary>
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void Cbc_addCutCallback(
        CbcModelHandle model, delegate* unmanaged<nint, nint, nint, void> callback, string name, nint appData);

    /// <summary>Branch and cut through <c>CbcMain1</c>; returns <c>Cbc_status</c>.</summary>
    [LibraryImport(Library)]
    internal static partial int Cbc_solve(CbcModelHandle model);

    /// <summary>-1 not run, 0 finished, 1 stopped on a limit, 2 abandoned, 5 stopped by an event.</summary>
    [LibraryImport(Library)]
    internal static partial int Cbc_status(CbcModelHandle model);

    /// <summary>
    /// 0 search complete with a solution, 1 relaxation infeasible, 2 stopped on gap, 3 on nodes,
    /// 4 on time, 5 on a user event, 6 on solutions, 7 relaxation unbounded, 8 on iterations.
    /// </summary>
    [LibraryImport(Library)]
    internal static partial int Cbc_secondaryStatus(CbcModelHandle model);

    [LibraryImport(Library)]
    internal static partial int Cbc_isProvenOptimal(CbcModelHandle model);

    [LibraryImport(Library)]
    internal static partial int Cbc_isProvenInfeasible(CbcModelHandle model);

    [LibraryImport(Library)]
    internal static partial int Cbc_isContinuousUnbounded(CbcModelHandle model);

    [LibraryImport(Library)]
    internal static partial int Cbc_isSecondsLimitReached(CbcModelHandle model);

    [LibraryImport(Library)]
    internal static partial int Cbc_isAbandoned(CbcModelHandle model);

    [LibraryImport(Library)]
    internal static partial double Cbc_getObjValue(CbcModelHandle model);

    [LibraryImport(Library)]
    internal static partial double Cbc_getBestPossibleObjValue(CbcModelHandle model);

    /// <summary>The incumbent (one value per original column), or null when none was found. Owned by the model.</summary>
    [LibraryImport(Library)]
    internal static partial double* Cbc_bestSolution(CbcModelHandle model);

    /// <summary>Adds the row cut <c>sum coef[i] x[idx[i]] (sense) rhs</c> to an <c>OsiCuts*</c>; sense is 'L', 'G' or 'E'.</summary>
    [LibraryImport(Library)]
    internal static partial void OsiCuts_addRowCut(nint cuts, int count, int* columns, double* coefficients, byte sense, double rhs);

    [LibraryImport(Library)]
    internal static partial int Osi_getNumCols(nint solver);

    [LibraryImport(Library)]
    internal static partial double* Osi_getColLower(nint solver);

    [LibraryImport(Library)]
    internal static partial double* Osi_getColUpper(nint solver);
}
