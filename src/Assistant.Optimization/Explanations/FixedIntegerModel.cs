using Assistant.Optimization.Modelling;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Explanations;

/// <summary>
/// The LP left when every integer variable of a MIP is fixed at its value in a solution: the
/// continuous decisions around those choices, whose duals price the constraints "given the
/// trucks we run". Same names, same constraints, same objective; integer variables become
/// continuous with both bounds at the (rounded) solution value.
/// </summary>
internal static class FixedIntegerModel
{
    public static Model From(Model model, Solution solution)
    {
        var copy = new Model($"{model.Name} (integers fixed)");
        var variables = new List<Variable>(model.Variables.Count);
        foreach (var variable in model.Variables)
        {
            if (variable.IsIntegral)
            {
                // Rounded so that a value like 2.9999999 fixes the variable at the 3 CBC meant.
                var value = Math.Round(solution.Value(variable));
                variables.Add(copy.AddContinuous(variable.Name, value, value));
            }
            else
            {
                variables.Add(copy.AddContinuous(variable.Name, variable.LowerBound, variable.UpperBound));
            }
        }

        foreach (var constraint in model.Constraints)
        {
            copy.AddConstraint(
                constraint.Name,
                new LinearRelation(constraint.Expression.OnVariables(variables), constraint.Sense, constraint.RightHandSide));
        }

        copy.SetObjective(model.Objective.Sense, model.Objective.Expression.OnVariables(variables));
        return copy;
    }
}
