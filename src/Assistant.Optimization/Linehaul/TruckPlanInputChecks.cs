using System.Globalization;

namespace Assistant.Optimization.Linehaul;

/// <summary>
/// Refuses a truck plan request that cannot mean what the planner intended, before any model is
/// built, with a message that names the lane or pair at fault (the message is what the planner reads).
/// </summary>
internal static class TruckPlanInputChecks
{
    public static void Check(TruckPlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Lanes is null || request.Demands is null)
        {
            throw new ArgumentException("A truck plan needs a list of lanes and a list of demands.", nameof(request));
        }

        if (request.Days < 1)
        {
            throw new ArgumentException($"A truck plan needs at least one day; {request.Days} days were asked.", nameof(request));
        }

        NotNegative(request.CarryOverPenaltyPerUnitDay, "The carry-over penalty per package per day", PlanningBounds.MaxCostPerUnit);
        NotNegative(request.ConsolidationHandlingCostPerUnit, "The consolidation handling cost per package", PlanningBounds.MaxCostPerUnit);

        var laneIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lane in request.Lanes)
        {
            if (lane is null)
            {
                throw new ArgumentException("The list of lanes contains an empty entry.", nameof(request));
            }

            Sites(lane.From, lane.To, "Lane");
            if (!double.IsFinite(lane.TrailerCapacity) || lane.TrailerCapacity <= 0)
            {
                throw new ArgumentException($"Lane {lane.Id} has trailer capacity {Number(lane.TrailerCapacity)}; it must be more than 0 packages.", nameof(request));
            }

            NotNegative(lane.TrailerCapacity, $"Lane {lane.Id}'s trailer capacity", PlanningBounds.MaxQuantity);
            NotNegative(lane.CostPerTruck, $"Lane {lane.Id}'s cost per truck", PlanningBounds.MaxCostPerItem);
            if (lane.MaxTrucksPerDay is < 0 or > PlanningBounds.MaxCount)
            {
                throw new ArgumentException(
                    $"Lane {lane.Id} allows at most {lane.MaxTrucksPerDay} trucks a day; the limit must be from 0 to {PlanningBounds.Text(PlanningBounds.MaxCount)}.", nameof(request));
            }

            if (!laneIds.Add(lane.Id))
            {
                throw new ArgumentException($"Lane {lane.Id} is listed twice; give each lane once.", nameof(request));
            }
        }

        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var demand in request.Demands)
        {
            if (demand is null)
            {
                throw new ArgumentException("The list of demands contains an empty entry.", nameof(request));
            }

            Sites(demand.From, demand.To, "Demand");
            if (demand.Volume is null || demand.Volume.Count != request.Days)
            {
                throw new ArgumentException(
                    $"Demand {demand.Pair} has {demand.Volume?.Count ?? 0} days of volume but the plan covers {request.Days} days; give one volume per day.", nameof(request));
            }

            for (var day = 0; day < demand.Volume.Count; day++)
            {
                if (!double.IsFinite(demand.Volume[day]) || demand.Volume[day] < 0)
                {
                    throw new ArgumentException($"Demand {demand.Pair} has volume {Number(demand.Volume[day])} on day {day + 1}; volume must be 0 or more packages.", nameof(request));
                }

                NotNegative(demand.Volume[day], $"Demand {demand.Pair}'s volume on day {day + 1}", PlanningBounds.MaxQuantity);
            }

            if (!pairs.Add(demand.Pair))
            {
                throw new ArgumentException($"Demand {demand.Pair} is listed twice; give one volume series per pair.", nameof(request));
            }
        }
    }

    private static void Sites(string from, string to, string what)
    {
        if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
        {
            throw new ArgumentException($"{what} '{from}-{to}' needs both an origin and a destination site.");
        }

        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{what} {from}-{to} starts and ends at the same site.");
        }
    }

    private static void NotNegative(double value, string what, double max)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentException($"{what} is {Number(value)}; it must be 0 or more.");
        }

        if (value > max)
        {
            throw new ArgumentException($"{what} is {PlanningBounds.Text(value)}; it must be at most {PlanningBounds.Text(max)}.");
        }
    }

    private static string Number(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
