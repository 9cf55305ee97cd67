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
        var (flow, solution, relaxation) = Solve(checkedNetwork, options);
        // The whole-unit model and its relaxation have the same variables and rows.
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
            reader.Flows(), reader.LaneLoads(), reader.HubLoads(), reader.OriginLoads(), Binding(flow, solution, relaxation), null,
            FlowWording.Outcome(solution.Status, solution.Gap, null, solution.Detail), size.Item1, size.Item2);
    }

    /// <summary>
    /// Whole-unit networks are solved as an LP first. A flow network with whole demands and
    /// capacities usually has a whole LP optimum, which is then also the best whole-unit plan (no
    /// plan can beat the relaxation) and carries the duals the shadow prices need: one LP instead
    /// of branch and cut plus an LP for the prices. Only a fractional LP goes on to branch and cut.
    /// An infeasible LP means the whole-unit model is infeasible too; the integer model is returned
    /// as unsolved so that the conflict is explained on the model the planner asked for. The
    /// integer model is built only when it is needed.
    /// </summary>
    /// <returns>The model the plan is read from (the relaxation when it came out whole), its solution, and the relaxation when one was solved.</returns>
    private (FlowModel Flow, Solution Solution, Relaxed? Relaxation) Solve(FlowNetwork network, SolveOptions? options)
    {
        var lp = FlowModel.Build(network, integer: false);
        var lpSolution = solver.Solve(lp.Model, options);
        if (!network.IntegerFlows)
        {
            return (lp, lpSolution, null);
        }

        var relaxed = new Relaxed(lp, lpSolution);
        if (lpSolution.Status == SolveStatus.Optimal && IsWhole(lp, lpSolution))
        {
            return (lp, lpSolution, relaxed);
        }

        var whole = FlowModel.Build(network, integer: true);
        if (lpSolution.Status is SolveStatus.Infeasible or SolveStatus.Cancelled)
        {
            return (whole, new Solution(whole.Model, lpSolution.Status, null, null, lpSolution.Detail, null, null, null, null), relaxed);
        }

        return (whole, solver.Solve(whole.Model, options), relaxed);
    }

    // Within the solver's integrality tolerance, as CBC would accept it.
    private static bool IsWhole(FlowModel relaxed, Solution solution)
    {
        foreach (var variable in relaxed.Flows)
        {
            var value = solution.Value(variable);
            if (Math.Abs(value - Math.Round(value)) > 1e-7)
            {
                return false;
            }
        }

        return true;
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

    private List<BindingConstraint> Binding(FlowModel flow, Solution solution, Relaxed? relaxation)
    {
        var binding = flow.Model.Constraints
            .Where(flow.Capacities.Contains)
            .Where(constraint => Math.Abs(solution.Slack(constraint)) <= BindingTolerance * Math.Max(1, Math.Abs(constraint.RightHandSide)))
            .ToList();
        if (binding.Count == 0)
        {
            return [];
        }

        var price = Prices(solution, relaxation);
        return [.. binding.Select(constraint => new BindingConstraint(
            constraint.Name, constraint.Sense, solution.Activity(constraint), constraint.RightHandSide, price(constraint)))];
    }

    /// <summary>
    /// Shadow prices: an LP's own duals. Whole-unit flows leave no continuous decision once the
    /// integers are fixed (every flow is one), so fixing them, as <see cref="BindingAnalysis"/> does
    /// for mixed models, prices nothing. Instead the LP relaxation (solved first, see
    /// <see cref="Solve"/>) is used: when it costs the same as the whole-unit plan, that plan is
    /// also optimal for the LP and the LP's duals are its prices; when it costs less, marginal
    /// values would mislead and none are given.
    /// </summary>
    private static Func<Constraint, double?> Prices(Solution solution, Relaxed? relaxation)
    {
        if (solution.HasDuals)
        {
            return constraint => solution.Dual(constraint);
        }

        if (solution.Status != SolveStatus.Optimal || relaxation is null)
        {
            return _ => null;
        }

        var relaxed = relaxation.Solution;
        var same = relaxed is { HasDuals: true, Objective: { } lp } && solution.Objective is { } ip
            && Math.Abs(lp - ip) <= 1e-6 * Math.Max(1, Math.Abs(ip));
        return same
            ? constraint => relaxation.Model.Model.FindConstraint(constraint.Name) is { } row ? relaxed.Dual(row) : null
            : _ => null;
    }

    private sealed record Relaxed(FlowModel Model, Solution Solution);
}
