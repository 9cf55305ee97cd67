using Assistant.Optimization.Explanations;
using Assistant.Optimization.Modelling;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Tests;

public sealed class MixedIntegerTests
{
    private readonly ContainedSolver solver = new();

    [CbcFact]
    public void A_knapsack_finds_its_known_optimum()
    {
        // Weights 2,3,4,5,9 and values 3,4,5,8,10 in a capacity of 20: items 0,2,3,4 (weight 20, value 26).
        double[] weights = [2, 3, 4, 5, 9];
        double[] values = [3, 4, 5, 8, 10];
        var model = new Model("knapsack");
        var take = weights.Select((_, i) => model.AddBinary($"take[{i}]")).ToArray();
        model.AddConstraint("Capacity", LinearExpression.Sum(take.Select((x, i) => weights[i] * x)) <= 20);
        model.Maximize(LinearExpression.Sum(take.Select((x, i) => values[i] * x)));

        var solution = solver.Solve(model);

        Assert.Equal(SolveStatus.Optimal, solution.Status);
        Assert.Equal(26, solution.Objective!.Value, 9);
        Assert.Equal(26, solution.BestBound!.Value, 6);
        Assert.Equal([1.0, 0, 1, 1, 1], take.Select(x => Math.Round(solution.Value(x))));
        Assert.False(solution.HasDuals);
    }

    [CbcFact]
    public void An_assignment_finds_the_cheapest_matching()
    {
        // Three drivers, three routes; the cheapest assignment is 0→1, 1→0, 2→2 at 2 + 3 + 1 = 6
        // (checked by listing all six permutations below).
        double[,] cost = { { 9, 2, 7 }, { 3, 6, 8 }, { 5, 8, 1 } };
        var model = new Model("assignment");
        var assign = new Variable[3, 3];
        for (int d = 0; d < 3; d++)
        {
            for (int r = 0; r < 3; r++)
            {
                assign[d, r] = model.AddBinary($"assign[{d},{r}]");
            }
        }

        for (int d = 0; d < 3; d++)
        {
            model.AddConstraint($"OneRoute[{d}]", LinearExpression.Sum(Enumerable.Range(0, 3).Select(r => (LinearExpression)assign[d, r])).EqualTo(1));
            model.AddConstraint($"OneDriver[{d}]", LinearExpression.Sum(Enumerable.Range(0, 3).Select(r => (LinearExpression)assign[r, d])).EqualTo(1));
        }

        model.Minimize(LinearExpression.Sum(from d in Enumerable.Range(0, 3) from r in Enumerable.Range(0, 3) select cost[d, r] * assign[d, r]));

        var solution = solver.Solve(model);

        int[][] permutations = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
        var best = permutations.Min(p => cost[0, p[0]] + cost[1, p[1]] + cost[2, p[2]]);
        Assert.Equal(6, best);
        Assert.Equal(SolveStatus.Optimal, solution.Status);
        Assert.Equal(best, solution.Objective!.Value, 9);
        Assert.Equal(1, solution.Value(assign[0, 1]), 6);
        Assert.Equal(1, solution.Value(assign[1, 0]), 6);
        Assert.Equal(1, solution.Value(assign[2, 2]), 6);
    }

    [CbcFact]
    public void A_MIP_prices_its_binding_constraints_with_the_trucks_fixed()
    {
        // 130 packages must go; trucks carry 50 each at 100 per truck, packages cost 1 each to sort.
        // Optimum: 3 trucks (300) + 130 sorted = 430. With the trucks fixed at 3, the demand row
        // binds and one more package costs 1 (its sorting: the third truck has room).
        var model = new Model("trucks");
        var trucks = model.AddInteger("trucks", 0, 10);
        var packages = model.AddContinuous("packages");
        var demand = model.AddConstraint("Demand[DS1]", packages >= 130);
        model.AddConstraint("TruckCapacity[SC1-DS1]", packages - 50 * trucks <= 0);
        model.Minimize(100 * trucks + packages);

        var solution = solver.Solve(model);

        Assert.Equal(SolveStatus.Optimal, solution.Status);
        Assert.Equal(430, solution.Objective!.Value, 6);
        Assert.Equal(3, solution.Value(trucks), 6);
        Assert.Null(solution.Dual(demand));

        var binding = new BindingAnalysis(solver).Find(model, solution);
        var only = Assert.Single(binding);
        Assert.Equal("Demand[DS1]", only.Constraint);
        Assert.Equal(1, only.ShadowPrice!.Value, 9);
    }

    [CbcFact]
    public void An_infeasible_MIP_is_reported_as_infeasible()
    {
        // 2x must lie in [3, 3.5] for a whole x: no such x.
        var model = new Model("no whole number");
        var x = model.AddInteger("x", 0, 10);
        model.AddConstraint("Low", 2 * x >= 3);
        model.AddConstraint("High", 2 * x <= 3.5);
        model.Minimize(x);

        Assert.Equal(SolveStatus.Infeasible, solver.Solve(model).Status);
    }

    [CbcFact]
    public void An_unbounded_MIP_is_reported_as_unbounded()
    {
        var model = new Model("no ceiling");
        var trucks = model.AddInteger("trucks");
        var hours = model.AddContinuous("hours");
        model.AddConstraint("Something", trucks + hours >= 1);
        model.Maximize(trucks + hours);

        var solution = solver.Solve(model);

        Assert.Equal(SolveStatus.Unbounded, solution.Status);
        Assert.False(solution.HasValues);
    }
}
