using Assistant.Optimization.Modelling;

namespace Assistant.Optimization.Tests;

/// <summary>
/// Market split problems (Cornuéjols and Dawande, 1998): 4 rows of 30 binaries with weights
/// 0–99, each row to hit half its total. Tiny, yet far beyond what branch and bound settles in
/// seconds, which makes them a reliable way to run into a time limit or to cancel a running search.
/// </summary>
internal static class HardInstances
{
    /// <summary>
    /// With <paramref name="withShortfall"/>, each row may miss its target at a cost (x = 0 is a
    /// solution, so CBC always has an incumbent); without, the rows are equalities, and CBC finds
    /// no solution in seconds (these instances almost never have one).
    /// </summary>
    public static Model MarketSplit(bool withShortfall, int rows = 4, int columns = 30, int seed = 7)
    {
        var random = new Random(seed);
        var model = new Model("market split");
        var x = Enumerable.Range(0, columns).Select(j => model.AddBinary($"x[{j}]")).ToArray();
        var shortfalls = new List<Variable>();
        for (int i = 0; i < rows; i++)
        {
            var weights = x.Select(_ => (double)random.Next(100)).ToArray();
            var target = Math.Floor(weights.Sum() / 2);
            var load = LinearExpression.Sum(x.Select((variable, j) => weights[j] * variable));
            if (withShortfall)
            {
                var over = model.AddContinuous($"over[{i}]");
                var under = model.AddContinuous($"under[{i}]");
                shortfalls.Add(over);
                shortfalls.Add(under);
                load = load - over + under;
            }

            model.AddConstraint($"Split[{i}]", load.EqualTo(target));
        }

        model.Minimize(LinearExpression.Sum(shortfalls));
        return model;
    }
}
