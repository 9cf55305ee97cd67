using Assistant.Native;
using Assistant.Optimization.Modelling;

namespace Assistant.Optimization.Solving;

/// <summary>A <see cref="Model"/> as the column-wise arrays the COIN-OR solvers take: columns are variables, rows constraints.</summary>
internal static class ProblemTranslation
{
    public static LinearProblem ToProblem(Model model)
    {
        int columns = model.Variables.Count;
        int rows = model.Constraints.Count;

        // Constraints are stored by row; the solvers want the matrix by column.
        var perColumn = new List<(int Row, double Coefficient)>[columns];
        for (int j = 0; j < columns; j++)
        {
            perColumn[j] = [];
        }

        var rowLower = new double[rows];
        var rowUpper = new double[rows];
        foreach (var constraint in model.Constraints)
        {
            int i = constraint.Index;
            foreach ((Variable variable, double coefficient) in constraint.Expression.Terms)
            {
                perColumn[variable.Index].Add((i, coefficient));
            }

            (rowLower[i], rowUpper[i]) = constraint.Sense switch
            {
                ConstraintSense.LessOrEqual => (double.NegativeInfinity, constraint.RightHandSide),
                ConstraintSense.GreaterOrEqual => (constraint.RightHandSide, double.PositiveInfinity),
                _ => (constraint.RightHandSide, constraint.RightHandSide),
            };
        }

        var starts = new int[columns + 1];
        var indices = new List<int>();
        var coefficients = new List<double>();
        for (int j = 0; j < columns; j++)
        {
            starts[j] = indices.Count;
            foreach ((int row, double coefficient) in perColumn[j].OrderBy(entry => entry.Row))
            {
                indices.Add(row);
                coefficients.Add(coefficient);
            }
        }

        starts[columns] = indices.Count;

        var objective = new double[columns];
        foreach ((Variable variable, double coefficient) in model.Objective.Expression.Terms)
        {
            objective[variable.Index] = coefficient;
        }

        return new LinearProblem
        {
            ColumnLower = [.. model.Variables.Select(variable => variable.LowerBound)],
            ColumnUpper = [.. model.Variables.Select(variable => variable.UpperBound)],
            Objective = objective,
            IntegerColumns = [.. model.Variables.Select(variable => variable.IsIntegral)],
            RowLower = rowLower,
            RowUpper = rowUpper,
            ColumnStarts = starts,
            RowIndices = [.. indices],
            Coefficients = [.. coefficients],
            Maximize = model.Objective.Sense == ObjectiveSense.Maximize,
        };
    }
}
