using Assistant.Optimization.Modelling;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Linehaul;

/// <summary>
/// A first answer to a truck plan model without branch and cut: solve its LP relaxation (trucks
/// fractional) with Clp and round every fractional truck count up. Rounding trucks up keeps every
/// constraint of <see cref="TruckPlanModel"/>: more trucks only add trailer space, a whole daily
/// limit is never crossed by rounding a count below it, the truck bounds are whole, and the
/// lot-sizing cuts only grow with trucks. The relaxation's cost bounds every plan from below, so the
/// result carries its own gap: when that is within the requested gap, CBC is not needed at all
/// (Clp solves run in parallel while CBC's branch and cut runs one at a time in the process,
/// docs/cbc.md); when it is not, it still stands as the plan to beat, and its cost tells the planner
/// how much of the whole plan's gap budget this model may use.
/// </summary>
internal static class RoundedRelaxation
{
    /// <returns>The rounded solution with the relaxation's cost as its bound, or null when the relaxation has no optimum.</returns>
    public static Solution? Solve(ISolver solver, Model model, SolveOptions options)
    {
        var relaxed = new Model($"{model.Name} (relaxed)");
        var variables = model.Variables
            .Select(variable => relaxed.AddContinuous(variable.Name, variable.LowerBound, variable.UpperBound))
            .ToList();
        foreach (var constraint in model.Constraints)
        {
            relaxed.AddConstraint(constraint.Name, new LinearRelation(constraint.Expression.OnVariables(variables), constraint.Sense, constraint.RightHandSide));
        }

        relaxed.SetObjective(model.Objective.Sense, model.Objective.Expression.OnVariables(variables));
        var solution = solver.Solve(relaxed, options with { RelativeGap = 0 });
        if (solution.Status != SolveStatus.Optimal || model.Objective.Sense != ObjectiveSense.Minimize)
        {
            return null;
        }

        var values = new double[model.Variables.Count];
        foreach (var variable in model.Variables)
        {
            var value = solution.Value(variables[variable.Index]);
            values[variable.Index] = !variable.IsIntegral ? value
                : Math.Abs(value - Math.Round(value)) < 1e-6 ? Math.Round(value)
                : Math.Ceiling(value);
        }

        var objective = Evaluate(model.Objective.Expression, values);
        var bound = solution.Objective!.Value;
        var whole = Math.Abs(objective - bound) < 1e-9 * Math.Max(1, Math.Abs(objective));
        var activities = model.Constraints.Select(constraint => Evaluate(constraint.Expression, values)).ToArray();
        return new Solution(model, whole ? SolveStatus.Optimal : SolveStatus.Feasible, objective, whole ? objective : bound,
            "LP relaxation with trucks rounded up", values, activities, null, null);
    }

    private static double Evaluate(LinearExpression expression, double[] values) =>
        expression.Constant + expression.Terms.Sum(term => term.Value * values[term.Key.Index]);
}
