using Assistant.Optimization.Modelling;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Explanations;

/// <summary>
/// Which constraints limit a solution, and what relaxing each would be worth. For an LP the
/// shadow prices are the solve's own duals; a MIP has no duals, so its integer variables are fixed
/// at their solution values and the remaining LP is solved for them (the usual reading: the price
/// of capacity given the integer choices made).
/// </summary>
public sealed class BindingAnalysis(ISolver solver)
{
    /// <summary>Binding constraints in model order.</summary>
    /// <param name="tolerance">A constraint binds when its slack is within tolerance × max(1, |right-hand side|).</param>
    /// <exception cref="ArgumentException">The solution has no values (the solve was infeasible, unbounded, ...), or is of another model.</exception>
    public IReadOnlyList<BindingConstraint> Find(Model model, Solution solution, double tolerance = 1e-6)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(solution);
        if (!ReferenceEquals(solution.Model, model))
        {
            throw new ArgumentException($"The solution is of model '{solution.Model.Name}', not of '{model.Name}'.", nameof(solution));
        }

        if (!solution.HasValues)
        {
            throw new ArgumentException($"The solve ended {solution.Status} without values; there is nothing binding to explain.", nameof(solution));
        }

        var prices = ShadowPrices(model, solution);
        var binding = new List<BindingConstraint>();
        foreach (var constraint in model.Constraints)
        {
            var activity = solution.Activity(constraint);
            var slack = Math.Abs(constraint.RightHandSide - activity);
            if (constraint.Sense == ConstraintSense.Equal || slack <= tolerance * Math.Max(1, Math.Abs(constraint.RightHandSide)))
            {
                binding.Add(new BindingConstraint(constraint.Name, constraint.Sense, activity, constraint.RightHandSide, prices?[constraint.Index]));
            }
        }

        return binding;
    }

    private double?[]? ShadowPrices(Model model, Solution solution)
    {
        if (solution.HasDuals)
        {
            return [.. model.Constraints.Select(solution.Dual)];
        }

        if (!model.HasIntegerVariables)
        {
            return null;
        }

        var fixedModel = FixedIntegerModel.From(model, solution);
        var fixedSolution = solver.Solve(fixedModel);
        return fixedSolution.HasDuals
            ? [.. fixedModel.Constraints.Select(fixedSolution.Dual)]
            : null;
    }
}
