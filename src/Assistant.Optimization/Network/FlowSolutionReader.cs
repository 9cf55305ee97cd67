using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Network;

/// <summary>Turns the values of a solved <see cref="FlowModel"/> into flows, loads and costs.</summary>
internal sealed class FlowSolutionReader
{
    // Values this close to zero are solver noise, not flow.
    private const double Noise = 1e-9;

    private readonly FlowModel flow;
    private readonly double[,] quantities;

    public FlowSolutionReader(FlowModel flow, Solution solution)
    {
        this.flow = flow;
        var network = flow.Network;
        quantities = new double[network.Lanes.Count, network.Classes.Count];
        for (var l = 0; l < network.Lanes.Count; l++)
        {
            for (var k = 0; k < network.Classes.Count; k++)
            {
                var value = solution.Value(flow.Flows[l, k]);
                // Whole-unit plans are shown whole: CBC's 19.9999999 means 20.
                value = network.IntegerFlows ? Math.Round(value) : value;
                quantities[l, k] = Math.Abs(value) < Noise ? 0 : value;
            }
        }
    }

    private FlowNetwork Network => flow.Network;

    public IReadOnlyList<ClassFlow> Flows() =>
        [.. Cells().Where(cell => quantities[cell.Lane, cell.Class] != 0)
            .Select(cell => new ClassFlow(Network.Lanes[cell.Lane].From, Network.Lanes[cell.Lane].To, Network.Classes[cell.Class], quantities[cell.Lane, cell.Class]))];

    public double TransportCost() => Cells().Sum(cell => Network.Lanes[cell.Lane].CostPerUnit * quantities[cell.Lane, cell.Class]);

    public double ProcessingCost() =>
        Cells().Sum(cell => flow.ProcessingCostPerUnit(Network.Lanes[cell.Lane], Network.Classes[cell.Class]) * quantities[cell.Lane, cell.Class]);

    public IReadOnlyList<LaneLoad> LaneLoads() =>
        [.. Network.Lanes.Select((lane, l) =>
        {
            var total = LaneTotal(l);
            return new LaneLoad(lane.From, lane.To, total, lane.Capacity, Utilisation(total, lane.Capacity));
        })];

    public IReadOnlyList<HubLoad> HubLoads() =>
        [.. Network.Hubs.Select(hub =>
        {
            var throughput = Total(lane => Same(lane.To, hub.Id));
            return new HubLoad(hub.Id, throughput, hub.Capacity, Utilisation(throughput, hub.Capacity));
        })];

    public IReadOnlyList<OriginLoad> OriginLoads() =>
        [.. Network.Origins.Select(origin =>
        {
            var shipped = Total(lane => Same(lane.From, origin.Id));
            return new OriginLoad(origin.Id, shipped, origin.Capacity, Utilisation(shipped, origin.Capacity));
        })];

    private double Total(Func<FlowLane, bool> lanes) =>
        Enumerable.Range(0, Network.Lanes.Count).Where(l => lanes(Network.Lanes[l])).Sum(LaneTotal);

    private double LaneTotal(int lane) => Enumerable.Range(0, Network.Classes.Count).Sum(k => quantities[lane, k]);

    private IEnumerable<(int Lane, int Class)> Cells() =>
        Enumerable.Range(0, Network.Lanes.Count).SelectMany(l => Enumerable.Range(0, Network.Classes.Count).Select(k => (l, k)));

    private static double? Utilisation(double load, double? capacity) => capacity is > 0 and { } limit ? load / limit : null;

    private static bool Same(string left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
}
