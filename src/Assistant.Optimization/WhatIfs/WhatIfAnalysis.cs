using Assistant.Optimization.Network;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.WhatIfs;

/// <summary>
/// Answers "what if ...?": applies the edits in order to a copy of the baseline network, plans both
/// (the baseline plan may be passed in to save a solve), and compares them.
/// </summary>
public sealed class WhatIfAnalysis(FlowPlanner planner)
{
    private const int ChangesListed = 5;

    /// <exception cref="FlowNetworkError">An edit names something unknown or asks for something impossible; nothing is solved then.</exception>
    public WhatIfResult Run(FlowNetwork baseline, IReadOnlyList<NetworkEdit> edits, FlowPlan? baselinePlan = null, SolveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(edits);
        // Every edit is applied before anything is solved, so that a mistyped id costs no solve.
        var scenarioNetwork = edits.Aggregate(baseline, (network, edit) => edit.Apply(network));
        var before = baselinePlan ?? planner.Plan(baseline, options);
        var after = planner.Plan(scenarioNetwork, options);

        double? change = before.TotalCost is { } b && after.TotalCost is { } a ? a - b : null;
        double? percent = change is { } delta && before.TotalCost is { } baseCost && Math.Abs(baseCost) > 1e-9 ? 100 * delta / baseCost : null;
        return new WhatIfResult(
            [.. edits.Select(edit => edit.Describe())], before, after, change, percent, LargestChanges(before, after),
            after.Binding, after.Conflict, Summary(before, after, change, percent), scenarioNetwork);
    }

    private static List<FlowChange> LargestChanges(FlowPlan before, FlowPlan after)
    {
        if (!before.HasPlan || !after.HasPlan)
        {
            return [];
        }

        var lanes = before.LaneLoads.Select(load => (load.From, load.To))
            .Concat(after.LaneLoads.Select(load => (load.From, load.To)))
            .Distinct();
        return [.. lanes
            .Select(lane => new FlowChange(lane.From, lane.To, null, before.LaneTotal(lane.From, lane.To), after.LaneTotal(lane.From, lane.To)))
            .Where(flowChange => Math.Abs(flowChange.Change) > 1e-6)
            .OrderByDescending(flowChange => Math.Abs(flowChange.Change))
            .ThenBy(flowChange => flowChange.From, StringComparer.Ordinal)
            .ThenBy(flowChange => flowChange.To, StringComparer.Ordinal)
            .Take(ChangesListed)];
    }

    private static string Summary(FlowPlan before, FlowPlan after, double? change, double? percent)
    {
        if (after.Status == SolveStatus.Infeasible)
        {
            var why = after.Conflict is { Explained: true, Violations.Count: > 0 } conflict
                ? FlowWording.Violations(conflict)
                : "bending capacities and demands does not explain why";
            return before.Status == SolveStatus.Infeasible ? $"The plan stays infeasible: {why}." : $"The plan becomes infeasible: {why}.";
        }

        if (!after.HasPlan)
        {
            return $"The changed network has no plan: {after.Message}";
        }

        if (!before.HasPlan)
        {
            return before.Status == SolveStatus.Infeasible
                ? $"The plan becomes feasible, at a total cost of {FlowWording.Amount(after.TotalCost!.Value)}."
                : $"The changed network costs {FlowWording.Amount(after.TotalCost!.Value)}; the baseline has no plan to compare with ({before.Status}).";
        }

        var unproven = after.Status == SolveStatus.Optimal ? "" : $"; the changed plan is not proven optimal (gap {FlowWording.Amount(100 * (after.Gap ?? 0))}%)";
        var delta = change!.Value;
        if (Math.Abs(delta) < 0.005)
        {
            return $"Total cost stays at {FlowWording.Amount(before.TotalCost!.Value)}{unproven}.";
        }

        var direction = delta > 0 ? "rises" : "falls";
        var share = percent is { } p ? $", {Signed(p, "0.0")}%" : "";
        return $"Total cost {direction} from {FlowWording.Amount(before.TotalCost!.Value)} to {FlowWording.Amount(after.TotalCost!.Value)} " +
            $"({Signed(delta, null)}{share}){unproven}.";
    }

    private static string Signed(double value, string? format) =>
        (value > 0 ? "+" : "-") + (format is null
            ? FlowWording.Amount(Math.Abs(value))
            : Math.Abs(value).ToString(format, System.Globalization.CultureInfo.InvariantCulture));
}
