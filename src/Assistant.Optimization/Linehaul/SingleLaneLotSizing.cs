using Assistant.Optimization.Modelling;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Linehaul;

/// <summary>
/// Solves a truck plan model of one lane exactly, without a solver. A piece of one lane carries at
/// most one pair (a pair with a hub route links two lanes), whose only route is the lane itself, so
/// the plan is a lot-sizing problem with backlog on one item: given the trucks of a day, sending as
/// much as they hold is never worse (less waits, and less is left for later trucks), so the state
/// after day t is just what waits, w_t = max(0, w_{t−1} + volume_t − capacity × trucks_t), and a
/// dynamic programme over (day, waiting) finds the optimum. States that wait more at no lower cost
/// are dropped (what follows is never cheaper from more waiting), which keeps a fortnight to a few
/// dozen states. Most lanes of a network are such pieces; CBC took 5-300 ms each on them and its
/// branch-and-cut runs one at a time per process, so on 2,000 lanes this is the difference between
/// minutes and a second.
/// </summary>
internal static class SingleLaneLotSizing
{
    // Beyond this many transitions the model goes to the solvers as before (huge volumes per trailer).
    private const long MaxTransitions = 5_000_000;

    private sealed record State(double Waiting, double Cost, int Previous, int Trucks);

    /// <returns>The optimal solution, or null when the model is not a single lane or no plan exists (CBC then explains why).</returns>
    public static Solution? TrySolve(TruckPlanRequest request, TruckPlanModel model)
    {
        if (model.Batch.Lanes.Count != 1 || model.Sent.Count != 1 || model.Waiting.Count != 1
            || model.Model.Objective.Sense != ObjectiveSense.Minimize)
        {
            return null;
        }

        var lane = model.Batch.Lanes[0];
        var info = request.Lanes[lane];
        var (demand, waitingVariables) = model.Waiting.Single();
        var volume = request.Demands[demand].Volume;
        var trucks = model.Trucks[lane];
        var capacity = info.TrailerCapacity;
        var days = request.Days;

        var stages = new List<List<State>>(days);
        var current = new List<State> { new(0, 0, -1, 0) };
        long transitions = 0;
        for (var t = 0; t < days; t++)
        {
            var next = new Dictionary<long, State>();
            for (var s = 0; s < current.Count; s++)
            {
                var available = current[s].Waiting + volume[t];
                var most = trucks[t] is { } variable ? (int)Math.Min(variable.UpperBound, Math.Ceiling(available / capacity - 1e-9)) : 0;
                if (info.MaxTrucksPerDay is { } limit)
                {
                    most = Math.Min(most, limit);
                }

                transitions += most + 1;
                if (transitions > MaxTransitions)
                {
                    return null;
                }

                for (var y = 0; y <= most; y++)
                {
                    var left = available - capacity * y;
                    var waiting = left <= 1e-9 * capacity ? 0 : left;
                    var cost = current[s].Cost + info.CostPerTruck * y + request.CarryOverPenaltyPerUnitDay * waiting;
                    var key = (long)Math.Round(waiting * 1e6);
                    if (!next.TryGetValue(key, out var known) || cost < known.Cost)
                    {
                        next[key] = new State(waiting, cost, s, y);
                    }
                }
            }

            stages.Add(current);
            current = Undominated(next.Values);
        }

        var finals = request.CarryOverPastHorizon ? current : current.Where(state => state.Waiting == 0).ToList();
        if (finals.Count == 0)
        {
            return null;
        }

        var best = finals.MinBy(state => state.Cost)!;
        return Answer(model, best, stages, volume, trucks, waitingVariables);
    }

    // Sorted by waiting: a state survives only if it is cheaper than every state that waits less.
    private static List<State> Undominated(IEnumerable<State> states)
    {
        var kept = new List<State>();
        var cheapest = double.PositiveInfinity;
        foreach (var state in states.OrderBy(state => state.Waiting))
        {
            if (kept.Count == 0 || state.Cost < cheapest - 1e-9 * Math.Max(1, Math.Abs(cheapest)))
            {
                kept.Add(state);
                cheapest = state.Cost;
            }
        }

        return kept;
    }

    private static Solution Answer(TruckPlanModel model, State best, List<List<State>> stages,
        IReadOnlyList<double> volume, Variable?[] trucks, Variable[] waitingVariables)
    {
        var days = stages.Count;
        var values = new double[model.Model.Variables.Count];
        var sent = model.Sent[0].Sent;
        var state = best;
        for (var t = days - 1; t >= 0; t--)
        {
            var before = stages[t][state.Previous];
            if (trucks[t] is { } truckVariable)
            {
                values[truckVariable.Index] = state.Trucks;
            }

            if (sent[t] is { } sentVariable)
            {
                values[sentVariable.Index] = before.Waiting + volume[t] - state.Waiting;
            }

            values[waitingVariables[t].Index] = state.Waiting;
            state = before;
        }

        var activities = model.Model.Constraints.Select(constraint => Evaluate(constraint.Expression, values)).ToArray();
        var objective = Evaluate(model.Model.Objective.Expression, values);
        return new Solution(model.Model, SolveStatus.Optimal, objective, objective, "dynamic programme over the lane's days", values, activities, null, null);
    }

    private static double Evaluate(LinearExpression expression, double[] values) =>
        expression.Constant + expression.Terms.Sum(term => term.Value * values[term.Key.Index]);
}
