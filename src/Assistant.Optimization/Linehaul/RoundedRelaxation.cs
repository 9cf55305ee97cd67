using Assistant.Optimization.Modelling;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Linehaul;

/// <summary>
/// Tries to answer a truck plan model without branch and cut: solve its LP relaxation (trucks
/// fractional) with Clp, round every fractional truck count up, and keep the result when its cost is
/// within the requested gap of the relaxation's (which bounds every plan from below). Rounding trucks
/// up keeps every constraint of <see cref="TruckPlanModel"/>: more trucks only add trailer space,
/// a whole daily limit is never crossed by rounding a count below it, the truck bounds are whole,
/// and the lot-sizing cuts only grow with trucks. With those cuts most single lanes' relaxations
/// are already whole or nearly so, and Clp solves run in parallel while CBC's branch and cut runs
/// one at a time in the process (docs/cbc.md), so this is where most of a large plan gets solved.
/// </summary>
internal static class RoundedRelaxation
{
    /// <returns>A solution of <paramref name="model"/> within the gap, or null when CBC is needed.</returns>
    public static Solution? TrySolve(ISolver solver, Model model, SolveOptions options)
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
        var gap = Math.Abs(objective - bound) < 1e-9 * Math.Max(1, Math.Abs(objective)) ? 0 : (objective - bound) / Math.Max(Math.Abs(objective), 1e-9);
        if (gap > options.RelativeGap)
        {
            return null;
        }

        var activities = model.Constraints.Select(constraint => Evaluate(constraint.Expression, values)).ToArray();
        return new Solution(model, gap == 0 ? SolveStatus.Optimal : SolveStatus.Feasible, objective, gap == 0 ? objective : bound,
            "LP relaxation with trucks rounded up", values, activities, null, null);
    }

    private static double Evaluate(LinearExpression expression, double[] values) =>
        expression.Constant + expression.Terms.Sum(term => term.Value * values[term.Key.Index]);
}
