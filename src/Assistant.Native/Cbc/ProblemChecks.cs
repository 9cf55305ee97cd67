namespace Assistant.Native.Cbc;

/// <summary>
/// Checks a <see cref="LinearProblem"/> in managed code. Debian's COIN-OR libraries are built
/// with assertions, so a malformed matrix would abort the whole process, and a NaN would be
/// carried silently into a wrong answer: both become an <see cref="ArgumentException"/> here.
/// </summary>
internal static class ProblemChecks
{
    public static void Validate(LinearProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        int columns = problem.ColumnCount;
        int rows = problem.RowCount;
        SameLength(problem.ColumnUpper, columns, nameof(problem.ColumnUpper), "columns");
        SameLength(problem.Objective, columns, nameof(problem.Objective), "columns");
        if (problem.IntegerColumns is { } integers)
        {
            SameLength(integers, columns, nameof(problem.IntegerColumns), "columns");
        }

        SameLength(problem.RowUpper, rows, nameof(problem.RowUpper), "rows");
        SameLength(problem.ColumnStarts, columns + 1, nameof(problem.ColumnStarts), "columns + 1");
        SameLength(problem.Coefficients, problem.RowIndices.Length, nameof(problem.Coefficients), "row indices");

        for (int j = 0; j < columns; j++)
        {
            Bounds(problem.ColumnLower[j], problem.ColumnUpper[j], $"column {j}");
            if (!double.IsFinite(problem.Objective[j]))
            {
                throw new ArgumentException($"Objective[{j}] is {problem.Objective[j]}; objective coefficients must be finite numbers.", nameof(problem));
            }
        }

        for (int i = 0; i < rows; i++)
        {
            Bounds(problem.RowLower[i], problem.RowUpper[i], $"row {i}");
        }

        if (problem.ColumnStarts[0] != 0 || problem.ColumnStarts[columns] != problem.RowIndices.Length)
        {
            throw new ArgumentException(
                $"ColumnStarts must run from 0 to {problem.RowIndices.Length} (the number of entries); it runs from {problem.ColumnStarts[0]} to {problem.ColumnStarts[columns]}.",
                nameof(problem));
        }

        for (int j = 0; j < columns; j++)
        {
            if (problem.ColumnStarts[j + 1] < problem.ColumnStarts[j])
            {
                throw new ArgumentException($"ColumnStarts decreases at column {j}; it must not.", nameof(problem));
            }

            for (int k = problem.ColumnStarts[j]; k < problem.ColumnStarts[j + 1]; k++)
            {
                if ((uint)problem.RowIndices[k] >= (uint)rows)
                {
                    throw new ArgumentException($"RowIndices[{k}] (column {j}) is {problem.RowIndices[k]}; rows are 0 to {rows - 1}.", nameof(problem));
                }

                if (!double.IsFinite(problem.Coefficients[k]))
                {
                    throw new ArgumentException(
                        $"The coefficient of column {j} in row {problem.RowIndices[k]} is {problem.Coefficients[k]}; coefficients must be finite numbers.",
                        nameof(problem));
                }
            }
        }
    }

    private static void SameLength<T>(T[] values, int expected, string name, string what)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Length != expected)
        {
            throw new ArgumentException($"{name} has {values.Length} values; it needs one per {what} ({expected}).", name);
        }
    }

    private static void Bounds(double lower, double upper, string what)
    {
        if (double.IsNaN(lower) || double.IsNaN(upper))
        {
            throw new ArgumentException($"The bounds of {what} are [{lower}, {upper}]; bounds must be numbers (infinity is allowed), not NaN.");
        }

        if (lower > upper)
        {
            throw new ArgumentException($"The bounds of {what} are [{lower}, {upper}]; the lower bound is above the upper bound.");
        }

        if (double.IsPositiveInfinity(lower) || double.IsNegativeInfinity(upper))
        {
            throw new ArgumentException($"The bounds of {what} are [{lower}, {upper}]; no value can lie between them.");
        }
    }
}
