using Assistant.Optimization.Modelling;

namespace Assistant.Optimization.Network;

/// <summary>
/// The linear model of a checked network: one flow variable per lane and class (whole numbers when
/// the network says so), flow balance per hub and class, demand met exactly per destination and
/// class, and the three kinds of capacity (origin supply, hub throughput, lane), minimising lane
/// cost per unit carried plus hub processing cost per unit coming in.
/// </summary>
internal sealed class FlowModel
{
    private readonly Dictionary<string, FlowHub> hubs;

    private FlowModel(FlowNetwork network, Model model, Variable[,] flows, HashSet<Constraint> capacities, HashSet<Constraint> demands)
    {
        hubs = HubsById(network);
        Network = network;
        Model = model;
        Flows = flows;
        Capacities = capacities;
        Demands = demands;
    }

    public FlowNetwork Network { get; }

    public Model Model { get; }

    /// <summary>Flow variables by [lane index, class index], in the network's order.</summary>
    public Variable[,] Flows { get; }

    /// <summary>Origin supply, hub capacity and lane capacity rows: the limits a plan can press against.</summary>
    public HashSet<Constraint> Capacities { get; }

    public HashSet<Constraint> Demands { get; }

    /// <param name="integer">Whole-number flows; false builds the LP relaxation of an integer network.</param>
    public static FlowModel Build(FlowNetwork network, bool integer)
    {
        var model = new Model(network.Name);
        var classes = network.Classes;
        var lanes = network.Lanes;
        var flows = new Variable[lanes.Count, classes.Count];
        for (var l = 0; l < lanes.Count; l++)
        {
            for (var k = 0; k < classes.Count; k++)
            {
                var name = FlowConstraintNames.Flow(lanes[l], classes[k]);
                flows[l, k] = integer ? model.AddInteger(name) : model.AddContinuous(name);
            }
        }

        var outOf = LaneIndexes(lanes, lane => lane.From);
        var into = LaneIndexes(lanes, lane => lane.To);
        var capacities = new HashSet<Constraint>();
        var demands = new HashSet<Constraint>();

        foreach (var origin in network.Origins)
        {
            var shipped = AllClasses(outOf, origin.Id, flows, classes.Count);
            if (origin.Capacity is { } capacity && shipped.Count > 0)
            {
                capacities.Add(model.AddConstraint(FlowConstraintNames.Supply(origin.Id), LinearExpression.Sum(shipped) <= capacity));
            }
        }

        foreach (var hub in network.Hubs)
        {
            var incoming = into.GetValueOrDefault(hub.Id, []);
            var outgoing = outOf.GetValueOrDefault(hub.Id, []);
            if (incoming.Count + outgoing.Count == 0)
            {
                continue;
            }

            for (var k = 0; k < classes.Count; k++)
            {
                var balance = LinearExpression.Sum(incoming.Select(l => LinearExpression.Of(flows[l, k])).Concat(outgoing.Select(l => -flows[l, k])));
                model.AddConstraint(FlowConstraintNames.Balance(hub.Id, classes[k]), balance.EqualTo(0));
            }

            if (hub.Capacity is { } capacity && incoming.Count > 0)
            {
                var throughput = AllClasses(into, hub.Id, flows, classes.Count);
                capacities.Add(model.AddConstraint(FlowConstraintNames.HubCapacity(hub.Id), LinearExpression.Sum(throughput) <= capacity));
            }
        }

        foreach (var destination in network.Destinations)
        {
            var incoming = into.GetValueOrDefault(destination.Id, []);
            for (var k = 0; k < classes.Count; k++)
            {
                var demand = destination.DemandOf(classes[k]);
                // A class nobody can send and nobody wants needs no row; one that is wanted but
                // unreachable keeps its row, so that the infeasibility explanation can name it.
                if (incoming.Count == 0 && demand == 0)
                {
                    continue;
                }

                var received = LinearExpression.Sum(incoming.Select(l => flows[l, k]));
                demands.Add(model.AddConstraint(FlowConstraintNames.Demand(destination.Id, classes[k]), received.EqualTo(demand)));
            }
        }

        for (var l = 0; l < lanes.Count; l++)
        {
            if (lanes[l].Capacity is { } capacity)
            {
                var onLane = LinearExpression.Sum(Enumerable.Range(0, classes.Count).Select(k => flows[l, k]));
                capacities.Add(model.AddConstraint(FlowConstraintNames.LaneCapacity(lanes[l].From, lanes[l].To), onLane <= capacity));
            }
        }

        var flowModel = new FlowModel(network, model, flows, capacities, demands);
        model.Minimize(LinearExpression.Sum(
            Enumerable.Range(0, lanes.Count).SelectMany(l => Enumerable.Range(0, classes.Count).Select(k => flowModel.UnitCost(lanes[l], classes[k]) * flows[l, k]))));
        return flowModel;
    }

    /// <summary>What one unit of a class on a lane costs: the lane, plus processing when it ends at a hub.</summary>
    public double UnitCost(FlowLane lane, string flowClass) => lane.CostPerUnit + ProcessingCostPerUnit(lane, flowClass);

    /// <summary>The processing paid for a unit of a class arriving over the lane (0 unless it ends at a hub).</summary>
    public double ProcessingCostPerUnit(FlowLane lane, string flowClass) =>
        hubs.TryGetValue(lane.To, out var hub) ? hub.CostOf(flowClass) : 0;

    private static Dictionary<string, FlowHub> HubsById(FlowNetwork network) =>
        network.Hubs.ToDictionary(hub => hub.Id, StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, List<int>> LaneIndexes(IReadOnlyList<FlowLane> lanes, Func<FlowLane, string> site)
    {
        var indexes = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var l = 0; l < lanes.Count; l++)
        {
            if (!indexes.TryGetValue(site(lanes[l]), out var list))
            {
                indexes[site(lanes[l])] = list = [];
            }

            list.Add(l);
        }

        return indexes;
    }

    private static List<Variable> AllClasses(Dictionary<string, List<int>> lanesAt, string site, Variable[,] flows, int classCount) =>
        [.. lanesAt.GetValueOrDefault(site, []).SelectMany(l => Enumerable.Range(0, classCount).Select(k => flows[l, k]))];
}
