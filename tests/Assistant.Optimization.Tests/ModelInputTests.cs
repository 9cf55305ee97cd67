using Assistant.Optimization.Modelling;

namespace Assistant.Optimization.Tests;

public sealed class ModelInputTests
{
    [Fact]
    public void Operators_gather_variables_left_and_constants_right()
    {
        var model = new Model();
        var x = model.AddContinuous("x");
        var y = model.AddContinuous("y");

        var relation = x + 2 * y + 3 <= 10 + y;

        Assert.Equal(ConstraintSense.LessOrEqual, relation.Sense);
        Assert.Equal(7, relation.RightHandSide);
        Assert.Equal(1, relation.Left.Terms[x]);
        Assert.Equal(1, relation.Left.Terms[y]);
        Assert.Equal("x + y", relation.Left.ToString());
        Assert.Equal(ConstraintSense.Equal, (x - y).EqualTo(0).Sense);
        Assert.Empty((x - x).Terms);
        Assert.Equal(6, LinearExpression.Sum(x, 2 * y, 3 * x).Terms.Values.Sum());
    }

    [Fact]
    public void A_NaN_coefficient_is_refused_with_the_constraint_and_variable_named()
    {
        var model = new Model();
        var x = model.AddContinuous("x");

        var error = Assert.Throws<ArgumentException>(() => model.AddConstraint("Capacity[SC1]", double.NaN * x <= 10));

        Assert.Contains("Constraint 'Capacity[SC1]': the coefficient of 'x' is NaN", error.Message, StringComparison.Ordinal);
        Assert.Empty(model.Constraints);
    }

    [Fact]
    public void An_infinite_right_hand_side_and_a_NaN_objective_are_refused()
    {
        var model = new Model();
        var x = model.AddContinuous("x");

        Assert.Contains("right-hand side", Assert.Throws<ArgumentException>(() => model.AddConstraint("c", x <= double.PositiveInfinity)).Message, StringComparison.Ordinal);
        Assert.Contains("The objective: the coefficient of 'x' is NaN", Assert.Throws<ArgumentException>(() => model.Minimize(double.NaN * x)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Coefficients_right_hand_sides_and_bounds_that_would_make_the_solver_abort_are_refused()
    {
        var model = new Model();
        var x = model.AddContinuous("x", 0, 10);

        var error = Assert.Throws<ArgumentException>(() => model.Minimize(1e30 * x));

        Assert.Contains("The objective: the coefficient of 'x' is 1E+30; coefficients must lie within ±1e15", error.Message, StringComparison.Ordinal);
        Assert.Contains("must lie within ±1e15", Assert.Throws<ArgumentException>(() => model.AddConstraint("Demand", x >= 1e20)).Message, StringComparison.Ordinal);
        Assert.Contains("must lie within ±1e15", Assert.Throws<ArgumentException>(() => model.AddContinuous("y", 0, 1e16)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lower_bound_above_the_upper_bound_is_refused()
    {
        var model = new Model();

        var error = Assert.Throws<ArgumentException>(() => model.AddContinuous("trucks", 5, 2));

        Assert.Equal("Variable 'trucks' has lower bound 5 above its upper bound 2. (Parameter 'lowerBound')", error.Message);
        Assert.Contains("not NaN", Assert.Throws<ArgumentException>(() => model.AddContinuous("y", double.NaN, 1)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_names_are_refused()
    {
        var model = new Model("plan");
        var x = model.AddContinuous("x");
        model.AddConstraint("Capacity[SC1]", x <= 1);

        var variable = Assert.Throws<ArgumentException>(() => model.AddInteger("x"));
        var constraint = Assert.Throws<ArgumentException>(() => model.AddConstraint("Capacity[SC1]", x <= 2));

        Assert.StartsWith("Model 'plan' already has a variable named 'x'; variable names must be unique.", variable.Message, StringComparison.Ordinal);
        Assert.StartsWith("Model 'plan' already has a constraint named 'Capacity[SC1]'; constraint names must be unique.", constraint.Message, StringComparison.Ordinal);
        Assert.Single(model.Variables);
        Assert.Throws<ArgumentException>(() => model.AddContinuous(" "));
    }

    [Fact]
    public void A_variable_of_another_model_is_refused()
    {
        var first = new Model("first");
        var second = new Model("second");
        var x = first.AddContinuous("x");

        var error = Assert.Throws<ArgumentException>(() => second.AddConstraint("c", x <= 1));

        Assert.Contains("uses variable 'x' of model 'first', not of model 'second'", error.Message, StringComparison.Ordinal);
    }
}
