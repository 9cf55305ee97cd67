using Assistant.Optimization.Explanations;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Labor;

/// <summary>
/// The answer of <see cref="LaborPlanner"/>: costs (wages for the hours of the people on shifts,
/// overtime, hiring, backlog penalty), each day's workforce, hires and shifts; the limits that bind;
/// and, when no plan exists, <see cref="Conflict"/> saying what must give way ("SC1 hires on day 1
/// needs 5 more").
/// </summary>
public sealed record LaborPlan(
    SolveStatus Status,
    double? TotalCost,
    double WageCost,
    double OvertimeCost,
    double HiringCost,
    double BacklogCost,
    double? Gap,
    IReadOnlyList<LaborDay> Days,
    IReadOnlyList<BindingConstraint> Binding,
    InfeasibilityReport? Conflict,
    string Message)
{
    public int Variables { get; init; }

    public int Constraints { get; init; }

    public bool HasValues => TotalCost is not null;
}
