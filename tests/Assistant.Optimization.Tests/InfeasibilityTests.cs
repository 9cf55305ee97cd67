using Assistant.Optimization.Explanations;
using Assistant.Optimization.Modelling;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Tests;

public sealed class InfeasibilityTests
{
    private readonly ContainedSolver solver = new();

    /// <summary>
    /// DS1 needs 100 packages from SC1 or SC2; SC1 can send 30 and SC2 30, so 40 cannot be met.
    /// SC3 is unrelated and has room.
    /// </summary>
    private static Model ShortNetwork()
    {
        var model = new Model("short network");
        var fromSc1 = model.AddContinuous("flow[SC1,DS1]");
        var fromSc2 = model.AddContinuous("flow[SC2,DS1]");
        var fromSc3 = model.AddContinuous("flow[SC3,DS2]");
        model.AddConstraint("Capacity[SC1]", fromSc1 <= 30);
        model.AddConstraint("Capacity[SC2]", fromSc2 <= 30);
        model.AddConstraint("Capacity[SC3]", fromSc3 <= 50);
        model.AddConstraint("Demand[DS1]", fromSc1 + fromSc2 >= 100);
        model.AddConstraint("Demand[DS2]", fromSc3 >= 20);
        model.Minimize(fromSc1 + 2 * fromSc2 + fromSc3);
        return model;
    }

    [CbcFact]
    public void The_short_network_is_infeasible()
    {
        Assert.Equal(SolveStatus.Infeasible, solver.Solve(ShortNetwork()).Status);
    }

    [CbcFact]
    public void With_demand_kept_hard_the_relaxation_names_the_capacity_to_add()
    {
        // Only SC1's capacity may bend (say SC2 is fixed): it must grow by exactly 40.
        var report = new ElasticRelaxation(solver).Explain(ShortNetwork(), constraint => constraint.Name == "Capacity[SC1]");

        Assert.True(report.Explained);
        var violation = Assert.Single(report.Violations);
        Assert.Equal("Capacity[SC1]", violation.Constraint);
        Assert.True(violation.NeedsMore);
        Assert.Equal(40, violation.Amount, 6);
        Assert.Equal("Capacity[SC1] needs 40 more", violation.Description);
        Assert.Equal("To make the model feasible: Capacity[SC1] needs 40 more.", report.Summary);
    }

    [CbcFact]
    public void With_every_constraint_bendable_the_total_shortfall_is_40()
    {
        // Several ways bend by 40 in total (more capacity, or less demand); the total is what is known.
        var report = new ElasticRelaxation(solver).Explain(ShortNetwork());

        Assert.True(report.Explained);
        Assert.Equal(40, report.TotalViolation, 6);
        Assert.All(report.Violations, violation => Assert.Contains(violation.Constraint, new[] { "Capacity[SC1]", "Capacity[SC2]", "Demand[DS1]" }));
        Assert.DoesNotContain(report.Violations, violation => violation.Constraint.EndsWith("SC3]", StringComparison.Ordinal) || violation.Constraint == "Demand[DS2]");
    }

    [CbcFact]
    public void A_demand_that_must_bend_is_reported_as_short()
    {
        var report = new ElasticRelaxation(solver).Explain(ShortNetwork(), constraint => constraint.Name.StartsWith("Demand", StringComparison.Ordinal));

        var violation = Assert.Single(report.Violations);
        Assert.Equal("Demand[DS1] is 40 short", violation.Description);
    }

    [CbcFact]
    public void A_conflict_outside_the_bendable_constraints_is_reported_as_unexplained()
    {
        // Only SC3 may bend, but the conflict is at DS1.
        var report = new ElasticRelaxation(solver).Explain(ShortNetwork(), constraint => constraint.Name == "Capacity[SC3]");

        Assert.False(report.Explained);
        Assert.Empty(report.Violations);
        Assert.StartsWith("Even bending every constraint allowed to bend leaves no solution", report.Summary, StringComparison.Ordinal);
    }

    [CbcFact]
    public void An_infeasible_MIP_is_explained_with_integrality_kept()
    {
        // Whole trucks of 50: 3 trucks allowed, 180 packages to carry → TruckCount must allow 4 (1 more).
        var model = new Model("trucks");
        var trucks = model.AddInteger("trucks", 0, 10);
        model.AddConstraint("TruckLimit[SC1-DS1]", trucks <= 3);
        model.AddConstraint("Carry[SC1-DS1]", 50 * trucks >= 180);
        model.Minimize(trucks);

        var report = new ElasticRelaxation(solver).Explain(model, constraint => constraint.Name.StartsWith("TruckLimit", StringComparison.Ordinal));

        Assert.Equal("TruckLimit[SC1-DS1] needs 1 more", Assert.Single(report.Violations).Description);
    }
}
