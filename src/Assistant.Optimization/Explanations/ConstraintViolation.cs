using System.Globalization;
using Assistant.Optimization.Modelling;

namespace Assistant.Optimization.Explanations;

/// <summary>
/// One constraint that must give way for the model to have a solution, and by how much.
/// <see cref="Amount"/> is how far the right-hand side must move: up for a limit that is too
/// tight (<see cref="NeedsMore"/>), down for a requirement that cannot be met.
/// </summary>
public sealed record ConstraintViolation(string Constraint, ConstraintSense Sense, double RightHandSide, double Amount, bool NeedsMore)
{
    /// <summary>E.g. "Capacity[SC1] needs 40 more" or "Demand[DS4] is 40 short".</summary>
    public string Description =>
        NeedsMore ? $"{Constraint} needs {Number(Amount)} more" : $"{Constraint} is {Number(Amount)} short";

    private static string Number(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);
}
