using System.Globalization;
using Assistant.Optimization.Modelling;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Explanations;

/// <summary>
/// Explains an infeasible model by elastic relaxation: each constraint allowed to bend gets
/// non-negative violation variables (one per direction it can fail in), the original objective is
/// dropped, and the total violation is minimised. The constraints whose violation stays above zero
/// are the ones that must give way, and the amounts are the least that suffices in total. Variable
/// bounds and integrality stay hard. Violations are in each constraint's own units, so mixing
/// packages and hours in one total weighs them alike: restrict <c>mayBend</c> to one kind to avoid that.
/// </summary>
public sealed class ElasticRelaxation(ISolver solver)
{
    /// <param name="mayBend">Which constraints may be violated; null for all.</param>
    /// <param name="tolerance">Violations at or below this are treated as zero.</param>
    public InfeasibilityReport Explain(Model model, Predicate<Constraint>? mayBend = null, SolveOptions? options = null, double tolerance = 1e-6)
    {
        ArgumentNullException.ThrowIfNull(model);
        var elastic = new Model($"{model.Name} (elastic)");
        var variables = model.Variables
            .Select(variable => elastic.AddVariable(variable.Name, variable.Kind, variable.LowerBound, variable.UpperBound))
            .ToList();

        var slacks = new List<(Constraint Constraint, Variable Slack, bool NeedsMore)>();
        foreach (var constraint in model.Constraints)
        {
            var expression = constraint.Expression.OnVariables(variables);
            if (mayBend is null || mayBend(constraint))
            {
                // "over" lets the left side exceed the right (the limit needs more room);
                // "under" lets it fall short (the requirement cannot be met in full).
                if (constraint.Sense != ConstraintSense.GreaterOrEqual)
                {
                    var over = elastic.AddContinuous($"elastic over: {constraint.Name}");
                    expression -= over;
                    slacks.Add((constraint, over, true));
                }

                if (constraint.Sense != ConstraintSense.LessOrEqual)
                {
                    var under = elastic.AddContinuous($"elastic under: {constraint.Name}");
                    expression += under;
                    slacks.Add((constraint, under, false));
                }
            }

            elastic.AddConstraint(constraint.Name, new LinearRelation(expression, constraint.Sense, constraint.RightHandSide));
        }

        elastic.Minimize(LinearExpression.Sum(slacks.Select(entry => entry.Slack)));
        var solution = solver.Solve(elastic, options);
        if (!solution.HasValues)
        {
            var why = solution.Status == SolveStatus.Infeasible
                ? "Even bending every constraint allowed to bend leaves no solution: the conflict lies in variable bounds, integrality, or constraints kept hard."
                : $"The relaxation could not be solved ({solution.Status}: {solution.Detail}).";
            return new InfeasibilityReport(false, [], double.NaN, why);
        }

        var violations = slacks
            .Select(entry => (entry, amount: solution.Value(entry.Slack)))
            .Where(pair => pair.amount > tolerance)
            .Select(pair => new ConstraintViolation(pair.entry.Constraint.Name, pair.entry.Constraint.Sense, pair.entry.Constraint.RightHandSide, pair.amount, pair.entry.NeedsMore))
            .ToList();
        var total = violations.Sum(violation => violation.Amount);
        var summary = violations.Count == 0
            ? "The model is feasible as it stands: nothing needs to give way."
            : string.Create(CultureInfo.InvariantCulture, $"To make the model feasible: {string.Join("; ", violations.Select(violation => violation.Description))}.");
        return new InfeasibilityReport(true, violations, total, summary);
    }
}
