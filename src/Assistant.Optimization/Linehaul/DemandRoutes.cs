namespace Assistant.Optimization.Linehaul;

/// <summary>
/// The routes each demand may take: the direct lane when there is one and, with consolidation on,
/// every hub H with lanes From→H and H→To. A pair with no route at all is refused, naming it,
/// because no plan could carry its volume and "infeasible" would hide the reason.
/// </summary>
internal static class DemandRoutes
{
    public static IReadOnlyList<IReadOnlyList<TruckRoute>> Find(TruckPlanRequest request)
    {
        var laneIndex = new Dictionary<(string, string), int>();
        var outbound = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var l = 0; l < request.Lanes.Count; l++)
        {
            var lane = request.Lanes[l];
            laneIndex[(lane.From, lane.To)] = l;
            if (!outbound.TryGetValue(lane.From, out var list))
            {
                outbound[lane.From] = list = [];
            }

            list.Add(l);
        }

        var routes = new List<IReadOnlyList<TruckRoute>>(request.Demands.Count);
        for (var d = 0; d < request.Demands.Count; d++)
        {
            var demand = request.Demands[d];
            var options = new List<TruckRoute>();
            if (laneIndex.TryGetValue((demand.From, demand.To), out var direct))
            {
                options.Add(new TruckRoute(d, null, [direct]));
            }

            if (request.AllowConsolidation)
            {
                foreach (var first in outbound.GetValueOrDefault(demand.From) ?? [])
                {
                    var hub = request.Lanes[first].To;
                    if (hub != demand.To && laneIndex.TryGetValue((hub, demand.To), out var second))
                    {
                        options.Add(new TruckRoute(d, hub, [first, second]));
                    }
                }
            }

            if (options.Count == 0)
            {
                var why = request.AllowConsolidation
                    ? $"there is no lane {demand.Pair} and no hub H with lanes {demand.From}-H and H-{demand.To}"
                    : $"there is no lane {demand.Pair} and consolidation through a hub is off";
                throw new ArgumentException($"No route carries {demand.From} to {demand.To}: {why}.");
            }

            routes.Add(options);
        }

        return routes;
    }
}
