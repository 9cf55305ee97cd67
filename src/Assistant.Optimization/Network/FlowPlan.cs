using Assistant.Optimization.Explanations;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Network;

/// <summary>
/// A planned network: how it ended, what it costs (lane transport and hub processing), the flow of
/// every class on every lane, how full every lane, hub and origin is, the capacities that limit the
/// plan with their shadow prices, and, when no plan exists, the least that must give way.
/// Costs and loads are null or empty when the solve returned no plan.
/// </summary>
/// <param name="Network">The planned network's name.</param>
/// <param name="Unit">What the flows count ("packages").</param>
/// <param name="Gap">How far the cost may be above the best possible (0 when optimal; null without a plan).</param>
/// <param name="Flows">Every non-zero flow, in lane then class order.</param>
/// <param name="Binding">Capacities with no room left, in model order; shadow price = change in total cost per extra unit of capacity (≤ 0).</param>
/// <param name="Conflict">When infeasible: which capacities or demands must give way and by how much.</param>
/// <param name="Message">One plain sentence when the plan is not proven optimal; null when it is.</param>
/// <param name="Variables">Size of the model solved (flow variables).</param>
/// <param name="Constraints">Size of the model solved (rows).</param>
public sealed record FlowPlan(
    string Network,
    string Unit,
    SolveStatus Status,
    double? TotalCost,
    double? TransportCost,
    double? ProcessingCost,
    double? Gap,
    IReadOnlyList<ClassFlow> Flows,
    IReadOnlyList<LaneLoad> LaneLoads,
    IReadOnlyList<HubLoad> HubLoads,
    IReadOnlyList<OriginLoad> OriginLoads,
    IReadOnlyList<BindingConstraint> Binding,
    InfeasibilityReport? Conflict,
    string? Message,
    int Variables,
    int Constraints)
{
    /// <summary>True when there is a plan to read (optimal, or stopped early with one).</summary>
    public bool HasPlan => TotalCost is not null;

    /// <summary>The binding capacities in a planner's words: "FC1 supply is at its limit of 150 packages; one more would save 2 in cost."</summary>
    public IReadOnlyList<string> BindingNotes => [.. Binding.Select(binding => FlowWording.Binding(binding, Unit))];

    /// <summary>The flow of one class on a lane (0 when none or no such lane).</summary>
    public double FlowOf(string from, string to, string flowClass) =>
        Flows.Where(flow => Same(flow.From, from) && Same(flow.To, to) && Same(flow.Class, flowClass)).Sum(flow => flow.Quantity);

    /// <summary>The total of all classes on a lane (0 when none or no such lane).</summary>
    public double LaneTotal(string from, string to) =>
        LaneLoads.FirstOrDefault(load => Same(load.From, from) && Same(load.To, to))?.Total ?? 0;

    private static bool Same(string left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
}
