using Assistant.Optimization.Network;

namespace Assistant.Optimization.Tests;

/// <summary>Small networks whose optimum is worked out by hand in the tests that use them.</summary>
internal static class TestNetworks
{
    /// <summary>
    /// One class, 100 to DS1 from FC1, through SC1 (lanes 2 + 1, processing 1: 4 a unit, capacity 60)
    /// or SC2 (lanes 3 + 2, processing 2: 7 a unit, unlimited). Lane SC1→DS1 holds 80.
    /// Optimum: 60 via SC1 (240) + 40 via SC2 (280) = 520; SC1's capacity is worth 7 − 4 = 3 a unit.
    /// </summary>
    public static FlowNetwork TwoPaths(bool integer = false) => new(
        "two paths", "packages", integer, ["standard"],
        [new FlowOrigin("FC1", null)],
        [Hub("SC1", 60, ("standard", 1)), Hub("SC2", null, ("standard", 2))],
        [Destination("DS1", ("standard", 100))],
        [
            new FlowLane("FC1", "SC1", 2, null),
            new FlowLane("SC1", "DS1", 1, 80),
            new FlowLane("FC1", "SC2", 3, null),
            new FlowLane("SC2", "DS1", 2, null),
        ]);

    /// <summary>
    /// Two stations, 10 each, one class, free processing. Via SC1: DS1 costs 1 + 1 = 2, DS2 1 + 2 = 3;
    /// via SC2: DS1 1 + 3 = 4, DS2 1 + 1 = 2. Optimum: DS1 from SC1, DS2 from SC2, 20 + 20 = 40.
    /// </summary>
    public static FlowNetwork TwoStations() => new(
        "two stations", "packages", false, ["standard"],
        [new FlowOrigin("FC1", null)],
        [Hub("SC1", null, ("standard", 0)), Hub("SC2", null, ("standard", 0))],
        [Destination("DS1", ("standard", 10)), Destination("DS2", ("standard", 10))],
        [
            new FlowLane("FC1", "SC1", 1, null),
            new FlowLane("FC1", "SC2", 1, null),
            new FlowLane("SC1", "DS1", 1, null),
            new FlowLane("SC1", "DS2", 2, null),
            new FlowLane("SC2", "DS1", 3, null),
            new FlowLane("SC2", "DS2", 1, null),
        ]);

    public static FlowHub Hub(string id, double? capacity, params (string Class, double Cost)[] costs) =>
        new(id, costs.ToDictionary(cost => cost.Class, cost => cost.Cost), capacity);

    public static FlowDestination Destination(string id, params (string Class, double Demand)[] demand) =>
        new(id, demand.ToDictionary(entry => entry.Class, entry => entry.Demand));

    public static string ExampleFile(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "examples", "networks", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"examples/networks/{name} not found above {AppContext.BaseDirectory}.");
    }
}
