using System.Globalization;
using Assistant.Optimization.Modelling;

namespace Assistant.Optimization.Explanations;

/// <summary>
/// A constraint the solution presses against (no slack left), with its shadow price: how much
/// the objective would change per unit of extra right-hand side. Null when no duals could be had.
/// </summary>
public sealed record BindingConstraint(string Constraint, ConstraintSense Sense, double Activity, double RightHandSide, double? ShadowPrice)
{
    /// <summary>E.g. "Capacity[SC1] is at its limit of 40; one more unit would change the objective by -2.5".</summary>
    public string Description
    {
        get
        {
            var where = Sense switch
            {
                ConstraintSense.LessOrEqual => $"is at its limit of {Number(RightHandSide)}",
                ConstraintSense.GreaterOrEqual => $"is at its minimum of {Number(RightHandSide)}",
                _ => $"holds at {Number(RightHandSide)}",
            };
            var worth = ShadowPrice is { } price
                ? $"; one more unit would change the objective by {Number(price)}"
                : "";
            return $"{Constraint} {where}{worth}";
        }
    }

    private static string Number(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);
}
