using System.Globalization;

namespace Assistant.Optimization.Network;

/// <summary>
/// The rules every network must meet before it is planned, shared by the JSON loader and the
/// planner (a network built in code gets the same checks as one read from a file). Messages name
/// the place as the file would (<c>lanes[3].to</c>) so that either kind of user can find it.
/// Returns the network with every reference spelled as declared (lanes and class keys may use
/// another case).
/// </summary>
internal static class FlowNetworkRules
{
    public static FlowNetwork Check(FlowNetwork network, string source)
    {
        var fail = (string place, string problem) => new FlowNetworkError($"{source}, {place}: {problem}");
        if (string.IsNullOrWhiteSpace(network.Name))
        {
            throw fail("name", "must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(network.Unit))
        {
            throw fail("unit", "must not be empty (it defaults to \"units\" when left out).");
        }

        var classes = CheckClasses(network.Classes, fail);
        var kinds = CheckSiteIds(network, fail);

        for (var i = 0; i < network.Origins.Count; i++)
        {
            CheckAmount(network.Origins[i].Capacity, $"origins[{i}].capacity", "capacity", fail);
        }

        var hubs = network.Hubs.Select((hub, i) =>
        {
            CheckAmount(hub.Capacity, $"hubs[{i}].capacity", "capacity", fail);
            var costs = CheckPerClass(hub.ProcessingCost, $"hubs[{i}].processing_cost", "cost", classes, network, fail);
            var missing = classes.Where(flowClass => !costs.ContainsKey(flowClass)).ToList();
            if (missing.Count > 0)
            {
                throw fail($"hubs[{i}].processing_cost", $"hub {hub.Id} has no processing cost for {Quoted(missing)}; give one for every class ({string.Join(", ", classes)}), 0 if processing is free.");
            }

            return hub with { ProcessingCost = costs };
        }).ToList();

        var destinations = network.Destinations.Select((destination, i) =>
        {
            var demand = CheckPerClass(destination.Demand, $"destinations[{i}].demand", "demand", classes, network, fail);
            if (network.IntegerFlows && demand.FirstOrDefault(entry => entry.Value != Math.Floor(entry.Value)) is { Key: not null } fractional)
            {
                throw fail($"destinations[{i}].demand.{fractional.Key}", $"is {Number(fractional.Value)}, but integer_flows is true: demand must be whole {network.Unit}.");
            }

            return destination with { Demand = demand };
        }).ToList();

        var lanes = CheckLanes(network, kinds, fail);
        return network with { Classes = classes, Hubs = hubs, Destinations = destinations, Lanes = lanes };
    }

    private static List<string> CheckClasses(IReadOnlyList<string> classes, Func<string, string, FlowNetworkError> fail)
    {
        if (classes.Count == 0)
        {
            throw fail("classes", "is empty; list at least one class of goods, e.g. [\"standard\"].");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < classes.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(classes[i]))
            {
                throw fail($"classes[{i}]", "must be a name, not empty.");
            }

            if (!seen.Add(classes[i]))
            {
                throw fail($"classes[{i}]", $"'{classes[i]}' is listed twice.");
            }
        }

        return [.. classes];
    }

    /// <summary>Every site id once, across origins, hubs and destinations (ignoring case).</summary>
    private static Dictionary<string, (FlowSiteKind Kind, string Id)> CheckSiteIds(FlowNetwork network, Func<string, string, FlowNetworkError> fail)
    {
        var kinds = new Dictionary<string, (FlowSiteKind Kind, string Id)>(StringComparer.OrdinalIgnoreCase);
        var places = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var sites = network.Origins.Select((origin, i) => (origin.Id, FlowSiteKind.Origin, Place: $"origins[{i}].id"))
            .Concat(network.Hubs.Select((hub, i) => (hub.Id, FlowSiteKind.Hub, Place: $"hubs[{i}].id")))
            .Concat(network.Destinations.Select((destination, i) => (destination.Id, FlowSiteKind.Destination, Place: $"destinations[{i}].id")));
        foreach (var (id, kind, place) in sites)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw fail(place, "must be a site id, not empty.");
            }

            if (places.TryGetValue(id, out var first))
            {
                throw fail(place, $"'{id}' is already the id at {first}; every site (origin, hub or destination) needs its own id.");
            }

            places[id] = place;
            kinds[id] = (kind, id);
        }

        return kinds;
    }

    private static List<FlowLane> CheckLanes(FlowNetwork network, Dictionary<string, (FlowSiteKind Kind, string Id)> kinds, Func<string, string, FlowNetworkError> fail)
    {
        var lanes = new List<FlowLane>(network.Lanes.Count);
        var seen = new Dictionary<(string, string), int>();
        for (var i = 0; i < network.Lanes.Count; i++)
        {
            var lane = network.Lanes[i];
            var from = Site(lane.From, $"lanes[{i}].from");
            var to = Site(lane.To, $"lanes[{i}].to");
            if (from.Kind == FlowSiteKind.Destination)
            {
                throw fail($"lanes[{i}].from", $"{from.Id} is a destination; lanes may not leave a destination.");
            }

            if (to.Kind == FlowSiteKind.Origin)
            {
                throw fail($"lanes[{i}].to", $"{to.Id} is an origin; lanes may not go into an origin.");
            }

            if (string.Equals(from.Id, to.Id, StringComparison.Ordinal))
            {
                throw fail($"lanes[{i}]", $"runs from {from.Id} to itself.");
            }

            var key = (from.Id.ToUpperInvariant(), to.Id.ToUpperInvariant());
            if (seen.TryGetValue(key, out var first))
            {
                throw fail($"lanes[{i}]", $"{from.Id}→{to.Id} is already lanes[{first}]; give each lane once.");
            }

            seen[key] = i;
            CheckAmount(lane.CostPerUnit, $"lanes[{i}].cost_per_unit", "cost", fail);
            CheckAmount(lane.Capacity, $"lanes[{i}].capacity", "capacity", fail);
            lanes.Add(lane with { From = from.Id, To = to.Id });
        }

        return lanes;

        (FlowSiteKind Kind, string Id) Site(string id, string place) =>
            !string.IsNullOrWhiteSpace(id) && kinds.TryGetValue(id, out var site)
                ? site
                : throw fail(place, $"'{id}' is not a site of this network; sites are {IdList.FirstFew(network.SiteIds)}.");
    }

    private static IReadOnlyDictionary<string, double> CheckPerClass(
        IReadOnlyDictionary<string, double> values, string place, string what, List<string> classes, FlowNetwork network, Func<string, string, FlowNetworkError> fail)
    {
        var canonical = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in values)
        {
            var flowClass = network.FindClass(name)
                ?? throw fail($"{place}.{name}", $"'{name}' is not one of the classes ({string.Join(", ", classes)}).");
            if (!canonical.TryAdd(flowClass, value))
            {
                throw fail($"{place}.{name}", $"class {flowClass} is given twice.");
            }

            CheckAmount(value, $"{place}.{name}", what, fail);
        }

        return canonical;
    }

    private static void CheckAmount(double? value, string place, string what, Func<string, string, FlowNetworkError> fail)
    {
        if (value is not { } amount)
        {
            return;
        }

        if (!double.IsFinite(amount))
        {
            throw fail(place, $"is {amount.ToString(CultureInfo.InvariantCulture)}; a {what} must be a finite number.");
        }

        if (amount < 0)
        {
            throw fail(place, $"is {Number(amount)}; a {what} cannot be negative.");
        }

        // Costs are per unit; capacities and demands are quantities (PlanningBounds says why these limits).
        var max = what == "cost" ? PlanningBounds.MaxCostPerUnit : PlanningBounds.MaxQuantity;
        if (amount > max)
        {
            throw fail(place, $"is {PlanningBounds.Text(amount)}; a {what} must be at most {PlanningBounds.Text(max)}.");
        }
    }

    private static string Quoted(List<string> names) => string.Join(" and ", names.Select(name => $"class {name}"));

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
