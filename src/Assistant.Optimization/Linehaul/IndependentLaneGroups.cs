namespace Assistant.Optimization.Linehaul;

/// <summary>
/// Splits a truck plan into pieces that share nothing. Two lanes are linked only when some demand
/// may ride on both (a hub route); without consolidation every lane is a piece of its own. A piece's
/// trucks and waiting volume never affect another's cost, so solving the pieces separately gives
/// the same optimum as one big model, and CBC's work grows far less than with the whole plan at
/// once. Small pieces are packed into batches of about <paramref name="laneDaysPerBatch"/> lane-days,
/// so that the fixed cost of each solve is paid a few dozen times rather than once per lane.
/// </summary>
internal static class IndependentLaneGroups
{
    public sealed record Batch(IReadOnlyList<int> Lanes, IReadOnlyList<int> Demands);

    public static IReadOnlyList<Batch> Split(TruckPlanRequest request, IReadOnlyList<IReadOnlyList<TruckRoute>> routes, int laneDaysPerBatch)
    {
        var parent = Enumerable.Range(0, request.Lanes.Count).ToArray();
        int Root(int lane)
        {
            while (parent[lane] != lane)
            {
                parent[lane] = parent[parent[lane]];
                lane = parent[lane];
            }

            return lane;
        }

        foreach (var lanes in routes.Select(options => options.SelectMany(route => route.Lanes).ToList()))
        {
            foreach (var lane in lanes.Skip(1))
            {
                parent[Root(lane)] = Root(lanes[0]);
            }
        }

        // Pieces in the order of their first lane, so that the batches (and the answer) are the same every run.
        var pieces = new Dictionary<int, (List<int> Lanes, List<int> Demands)>();
        var order = new List<int>();
        for (var lane = 0; lane < request.Lanes.Count; lane++)
        {
            var root = Root(lane);
            if (!pieces.TryGetValue(root, out var piece))
            {
                pieces[root] = piece = ([], []);
                order.Add(root);
            }

            piece.Lanes.Add(lane);
        }

        for (var demand = 0; demand < routes.Count; demand++)
        {
            pieces[Root(routes[demand][0].Lanes[0])].Demands.Add(demand);
        }

        var batches = new List<Batch>();
        List<int> batchLanes = [], batchDemands = [];
        foreach (var root in order)
        {
            batchLanes.AddRange(pieces[root].Lanes);
            batchDemands.AddRange(pieces[root].Demands);
            if (batchLanes.Count * request.Days >= laneDaysPerBatch)
            {
                batches.Add(new Batch(batchLanes, batchDemands));
                (batchLanes, batchDemands) = ([], []);
            }
        }

        if (batchLanes.Count > 0)
        {
            batches.Add(new Batch(batchLanes, batchDemands));
        }

        return batches;
    }
}
