using Assistant.Optimization.Explanations;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Linehaul;

/// <summary>
/// The answer of <see cref="TruckPlanner"/>. With values (Optimal or Feasible): the costs, every
/// lane's trucks per day, what waited, and which routes the volume took; <see cref="Binding"/> lists
/// the limits the plan presses against (trucks at a lane's daily maximum, full trailers). When
/// infeasible: <see cref="Conflict"/> says what must give way ("lane SEA4-GEG1 trucks on day 3 needs
/// 2 more"). <see cref="Gap"/> is over the whole plan (Σ costs against Σ bounds of the pieces solved).
/// <see cref="Models"/>, <see cref="Variables"/> and <see cref="Constraints"/> describe what was
/// solved: lanes that share no volume are independent, so they are solved as separate models.
/// </summary>
public sealed record TruckPlan(
    SolveStatus Status,
    double? TotalCost,
    double TruckCost,
    double CarryOverCost,
    double HandlingCost,
    double? Gap,
    IReadOnlyList<TruckLanePlan> Lanes,
    IReadOnlyList<CarryOver> CarriedOver,
    IReadOnlyList<RouteVolume> Routes,
    IReadOnlyList<BindingConstraint> Binding,
    InfeasibilityReport? Conflict,
    string Message)
{
    public int Models { get; init; }

    public int Variables { get; init; }

    public int Constraints { get; init; }

    public int TotalTrucks => Lanes.Sum(lane => lane.TotalTrucks);

    public bool HasValues => TotalCost is not null;
}
