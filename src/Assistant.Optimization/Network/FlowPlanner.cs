using Assistant.Optimization.Explanations;
using Assistant.Optimization.Modelling;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Network;

/// <summary>
/// Plans the cheapest flows through a <see cref="FlowNetwork"/> (see <see cref="FlowModel"/> for the
/// model) and explains the result: binding capacities with shadow prices when there is a plan, the
/// least bending of capacities and demands that would allow one when there is not.
/// </summary>
public sealed class FlowPlanner(ISolver solver)
{
    /// <summary>A capacity binds when its slack is within this fraction of max(1, capacity).</summary>
    private const double BindingTolerance = 1e-6;

    /// <exception cref="FlowNetworkError">The network breaks a rule of the file format (the message says which).</exception>
    public FlowPlan Plan(FlowNetwork network, SolveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        var checkedNetwork = FlowNetworkRules.Check(network, $"network '{network.Name}'");
        var flow = FlowModel.Build(checkedNetwork, checkedNetwork.IntegerFlows);
        var solution = solver.Solve(flow.Model, options);
        var size = (flow.Model.Variables.Count, flow.Model.Constraints.Count);

        if (!solution.HasValues)
        {
            var conflict = solution.Status == SolveStatus.Infeasible ? Conflict(flow, options) : null;
            return new FlowPlan(
                checkedNetwork.Name, checkedNetwork.Unit, solution.Status, null, null, null, null, [], [], [], [], [], conflict,
                FlowWording.Outcome(solution.Status, null, conflict, solution.Detail), size.Item1, size.Item2);
        }

        var reader = new FlowSolutionReader(flow, solution);
        var transport = reader.TransportCost();
        var processing = reader.ProcessingCost();
        return new FlowPlan(
            checkedNetwork.Name, checkedNetwork.Unit, solution.Status, transport + processing, transport, processing, solution.Gap,
            reader.Flows(), reader.LaneLoads(), reader.HubLoads(), reader.OriginLoads(), Binding(flow, solution, options), null,
            FlowWording.Outcome(solution.Status, solution.Gap, null, solution.Detail), size.Item1, size.Item2);
    }

    /// <summary>
    /// What must give way. Capacities are tried alone first: "FC1 supply needs 40 more" is the
    /// answer a planner can act on, and letting demand bend too would tie with it (40 short is
    /// the same total) and let the solver pick either. Demands join only when more capacity
    /// cannot help (a destination no lane reaches).
    /// </summary>
    private InfeasibilityReport Conflict(FlowModel flow, SolveOptions? options)
    {
        var relaxation = new ElasticRelaxation(solver);
        var capacities = relaxation.Explain(flow.Model, flow.Capacities.Contains, options);
        return capacities.Explained
            ? capacities
            : relaxation.Explain(flow.Model, constraint => flow.Capacities.Contains(constraint) || flow.Demands.Contains(constraint), options);
    }

    private List<BindingConstraint> Binding(FlowModel flow, Solution solution, SolveOptions? options)
    {
        var binding = flow.Model.Constraints
            .Where(flow.Capacities.Contains)
            .Where(constraint => Math.Abs(solution.Slack(constraint)) <= BindingTolerance * Math.Max(1, Math.Abs(constraint.RightHandSide)))
            .ToList();
        if (binding.Count == 0)
        {
            return [];
        }

        var price = Prices(flow, solution, options);
        return [.. binding.Select(constraint => new BindingConstraint(
            constraint.Name, constraint.Sense, solution.Activity(constraint), constraint.RightHandSide, price(constraint)))];
    }

    /// <summary>
    /// Shadow prices: an LP's own duals. Whole-unit flows leave no continuous decision once the
    /// integers are fixed (every flow is one), so fixing them, as <see cref="BindingAnalysis"/> does
    /// for mixed models, prices nothing. Instead the LP relaxation is solved: when it costs the
    /// same as the whole-unit plan, that plan is also optimal for the LP and the LP's duals are
    /// its prices; when it costs less, marginal values would mislead and none are given.
    /// </summary>
    private Func<Constraint, double?> Prices(FlowModel flow, Solution solution, SolveOptions? options)
    {
        if (solution.HasDuals)
        {
            return constraint => solution.Dual(constraint);
        }

        if (solution.Status != SolveStatus.Optimal || !flow.Network.IntegerFlows)
        {
            return _ => null;
        }

        var relaxed = FlowModel.Build(flow.Network, integer: false);
        var relaxedSolution = solver.Solve(relaxed.Model, options);
        var same = relaxedSolution is { HasDuals: true, Objective: { } lp } && solution.Objective is { } ip
            && Math.Abs(lp - ip) <= 1e-6 * Math.Max(1, Math.Abs(ip));
        return same
            ? constraint => relaxed.Model.FindConstraint(constraint.Name) is { } row ? relaxedSolution.Dual(row) : null
            : _ => null;
    }
}
