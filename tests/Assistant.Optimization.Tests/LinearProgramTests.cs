using Assistant.Optimization.Explanations;
using Assistant.Optimization.Modelling;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Tests;

public sealed class LinearProgramTests
{
    private readonly ContainedSolver solver = new();

    [CbcFact]
    public void The_textbook_production_LP_has_its_known_optimum_and_shadow_prices()
    {
        // Hillier & Lieberman's Wyndor Glass: max 3x + 5y, x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18.
        // Optimum x = 2, y = 6, profit 36; shadow prices 0, 1.5 and 1.
        var model = new Model("wyndor");
        var doors = model.AddContinuous("doors");
        var windows = model.AddContinuous("windows");
        var plant1 = model.AddConstraint("Hours[Plant1]", doors <= 4);
        var plant2 = model.AddConstraint("Hours[Plant2]", 2 * windows <= 12);
        var plant3 = model.AddConstraint("Hours[Plant3]", 3 * doors + 2 * windows <= 18);
        model.Maximize(3 * doors + 5 * windows);

        var solution = solver.Solve(model);

        Assert.Equal(SolveStatus.Optimal, solution.Status);
        Assert.Equal(36, solution.Objective!.Value, 9);
        Assert.Equal(0, solution.Gap);
        Assert.Equal(2, solution.Value(doors), 9);
        Assert.Equal(6, solution.Value(windows), 9);
        Assert.Equal(0, solution.Dual(plant1)!.Value, 9);
        Assert.Equal(1.5, solution.Dual(plant2)!.Value, 9);
        Assert.Equal(1, solution.Dual(plant3)!.Value, 9);
        Assert.Equal(0, solution.ReducedCost(doors)!.Value, 9);
        Assert.Equal(12, solution.Activity(plant2), 9);
        Assert.Equal(2, solution.Slack(plant1), 9);
    }

    [CbcFact]
    public void A_cost_minimisation_prices_demand_up_and_capacity_down()
    {
        // min 2a + 3b with a + b ≥ 10 (demand) and a ≤ 4 (the cheap route's capacity):
        // a = 4, b = 6, cost 26. One more unit of demand costs 3 (it goes the dear way);
        // one more unit of cheap capacity saves 1. The dear route's reduced cost is 0 (it is used).
        var model = new Model("routes");
        var cheap = model.AddContinuous("cheap");
        var dear = model.AddContinuous("dear");
        var demand = model.AddConstraint("Demand[DS1]", cheap + dear >= 10);
        var capacity = model.AddConstraint("Capacity[Cheap]", cheap <= 4);
        model.Minimize(2 * cheap + 3 * dear + 100);

        var solution = solver.Solve(model);

        Assert.Equal(SolveStatus.Optimal, solution.Status);
        Assert.Equal(126, solution.Objective!.Value, 9);
        Assert.Equal(3, solution.Dual(demand)!.Value, 9);
        Assert.Equal(-1, solution.Dual(capacity)!.Value, 9);
        Assert.Equal(0, solution.ReducedCost(dear)!.Value, 9);

        var binding = new BindingAnalysis(solver).Find(model, solution);
        Assert.Equal(["Demand[DS1]", "Capacity[Cheap]"], binding.Select(b => b.Constraint));
        Assert.Equal("Capacity[Cheap] is at its limit of 4; one more unit would change the objective by -1", binding[1].Description);
    }

    [CbcFact]
    public void Binding_constraints_of_the_production_LP_are_the_two_full_plants()
    {
        var model = new Model("wyndor");
        var doors = model.AddContinuous("doors");
        var windows = model.AddContinuous("windows");
        model.AddConstraint("Hours[Plant1]", doors <= 4);
        model.AddConstraint("Hours[Plant2]", 2 * windows <= 12);
        model.AddConstraint("Hours[Plant3]", 3 * doors + 2 * windows <= 18);
        model.Maximize(3 * doors + 5 * windows);

        var binding = new BindingAnalysis(solver).Find(model, solver.Solve(model));

        Assert.Equal(["Hours[Plant2]", "Hours[Plant3]"], binding.Select(b => b.Constraint));
        Assert.Equal([1.5, 1.0], binding.Select(b => Math.Round(b.ShadowPrice!.Value, 9)));
    }

    [CbcFact]
    public void An_unbounded_LP_is_reported_as_unbounded()
    {
        var model = new Model("no ceiling");
        var trucks = model.AddContinuous("trucks");
        model.AddConstraint("AtLeastOne", trucks >= 1);
        model.Maximize(trucks);

        var solution = solver.Solve(model);

        Assert.Equal(SolveStatus.Unbounded, solution.Status);
        Assert.False(solution.HasValues);
        Assert.Null(solution.Objective);
    }

    [CbcFact]
    public void An_infeasible_LP_is_reported_as_infeasible()
    {
        var model = new Model("conflict");
        var x = model.AddContinuous("x");
        model.AddConstraint("AtLeast5", x >= 5);
        model.AddConstraint("AtMost3", x <= 3);
        model.Minimize(x);

        var solution = solver.Solve(model);

        Assert.Equal(SolveStatus.Infeasible, solution.Status);
        var error = Assert.Throws<InvalidOperationException>(() => solution.Value(x));
        Assert.Contains("ended Infeasible", error.Message, StringComparison.Ordinal);
    }
}
