namespace Assistant.Optimization.Network;

/// <summary>
/// The names of the flow model's constraints. They are what answers quote ("FC1 supply is at its
/// limit of 150", "DS1 oversize demand is 40 short"), so they are written in a planner's words.
/// </summary>
public static class FlowConstraintNames
{
    public static string Supply(string origin) => $"{origin} supply";

    public static string HubCapacity(string hub) => $"{hub} capacity";

    public static string LaneCapacity(string from, string to) => $"lane {from}→{to} capacity";

    public static string Demand(string destination, string flowClass) => $"{destination} {flowClass} demand";

    public static string Balance(string hub, string flowClass) => $"{hub} {flowClass} flow balance";

    internal static string Flow(FlowLane lane, string flowClass) => $"flow {lane.From}→{lane.To} {flowClass}";
}
