namespace Assistant.Native;

/// <summary>
/// A linear or mixed-integer program in the column-wise form the COIN-OR solvers take:
/// optimise <c>Objective · x</c> subject to <c>RowLower ≤ A x ≤ RowUpper</c> and
/// <c>ColumnLower ≤ x ≤ ColumnUpper</c>, with the columns flagged in <see cref="IntegerColumns"/>
/// integral. <c>A</c> is in compressed sparse columns: column j's entries are
/// <c>RowIndices[k]</c> / <c>Coefficients[k]</c> for <c>ColumnStarts[j] ≤ k &lt; ColumnStarts[j + 1]</c>.
/// Infinite bounds are <see cref="double.PositiveInfinity"/> / <see cref="double.NegativeInfinity"/>;
/// an equality row has equal lower and upper bounds.
/// </summary>
public sealed record LinearProblem
{
    public required double[] ColumnLower { get; init; }

    public required double[] ColumnUpper { get; init; }

    public required double[] Objective { get; init; }

    /// <summary>One flag per column; null means no integer columns (a pure LP).</summary>
    public bool[]? IntegerColumns { get; init; }

    public required double[] RowLower { get; init; }

    public required double[] RowUpper { get; init; }

    /// <summary>ColumnCount + 1 offsets into <see cref="RowIndices"/> and <see cref="Coefficients"/>, from 0 to their length.</summary>
    public required int[] ColumnStarts { get; init; }

    public required int[] RowIndices { get; init; }

    public required double[] Coefficients { get; init; }

    /// <summary>True to maximise the objective, false to minimise it.</summary>
    public bool Maximize { get; init; }

    public int ColumnCount => ColumnLower.Length;

    public int RowCount => RowLower.Length;

    public bool HasIntegerColumns => IntegerColumns?.Any(flag => flag) ?? false;
}
