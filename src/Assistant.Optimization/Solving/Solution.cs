using Assistant.Optimization.Modelling;

namespace Assistant.Optimization.Solving;

/// <summary>
/// The result of one solve of one <see cref="Model"/>. Values exist when <see cref="HasValues"/>
/// (Optimal and Feasible, and Cancelled with an incumbent); duals and reduced costs only for an LP
/// solved to optimality. A dual is the change in the objective per unit increase of the
/// constraint's right-hand side, in the objective's own direction and units (so a binding capacity
/// in a cost minimisation has a dual ≤ 0: one more unit of capacity lowers the cost).
/// </summary>
public sealed record Solution
{
    private readonly double[]? values;
    private readonly double[]? activities;
    private readonly double[]? duals;
    private readonly double[]? reducedCosts;

    internal Solution(
        Model model, SolveStatus status, double? objective, double? bestBound, string detail,
        double[]? values, double[]? activities, double[]? duals, double[]? reducedCosts)
    {
        Model = model;
        Status = status;
        Objective = objective;
        BestBound = bestBound;
        Detail = detail;
        this.values = values;
        this.activities = activities;
        this.duals = duals;
        this.reducedCosts = reducedCosts;
    }

    public Model Model { get; }

    public SolveStatus Status { get; }

    /// <summary>The objective of the returned values (constant included), or null without values.</summary>
    public double? Objective { get; }

    /// <summary>The best bound proven on the optimum (equal to the objective when optimal), or null when unknown.</summary>
    public double? BestBound { get; }

    /// <summary>|Objective − BestBound| / |Objective| (0 when optimal), or null when either is unknown.</summary>
    public double? Gap => Objective is { } objective && BestBound is { } bound
        ? Math.Abs(objective - bound) < 1e-9 ? 0 : Math.Abs(objective - bound) / Math.Max(Math.Abs(objective), 1e-9)
        : null;

    /// <summary>The solver's own account of how it ended (status codes), for logs.</summary>
    public string Detail { get; }

    public bool HasValues => values is not null;

    public bool HasDuals => duals is not null;

    /// <exception cref="InvalidOperationException">The solve returned no values.</exception>
    public double Value(Variable variable) => Values()[IndexOf(variable)];

    public double Value(LinearExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var sum = expression.Constant;
        foreach ((Variable variable, double coefficient) in expression.Terms)
        {
            sum += coefficient * Value(variable);
        }

        return sum;
    }

    /// <summary>The constraint's left-hand side at the solution.</summary>
    public double Activity(Constraint constraint) => Activities()[IndexOf(constraint)];

    /// <summary>How far the constraint is from binding (≥ 0 when satisfied).</summary>
    public double Slack(Constraint constraint) => constraint.Sense switch
    {
        ConstraintSense.LessOrEqual => constraint.RightHandSide - Activity(constraint),
        ConstraintSense.GreaterOrEqual => Activity(constraint) - constraint.RightHandSide,
        _ => -Math.Abs(Activity(constraint) - constraint.RightHandSide),
    };

    /// <summary>The shadow price of the constraint, or null when the solve gave no duals.</summary>
    public double? Dual(Constraint constraint) => duals?[IndexOf(constraint)];

    /// <summary>The reduced cost of the variable, or null when the solve gave no duals.</summary>
    public double? ReducedCost(Variable variable) => reducedCosts?[IndexOf(variable)];

    private double[] Values() => values ?? throw NoValues();

    private double[] Activities() => activities ?? throw NoValues();

    private InvalidOperationException NoValues() =>
        new($"The solve of model '{Model.Name}' ended {Status} and returned no values.");

    private int IndexOf(Variable variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        return ReferenceEquals(variable.Owner, Model)
            ? variable.Index
            : throw new ArgumentException($"Variable '{variable.Name}' belongs to model '{variable.Owner.Name}', not to the solved model '{Model.Name}'.", nameof(variable));
    }

    private int IndexOf(Constraint constraint)
    {
        ArgumentNullException.ThrowIfNull(constraint);
        return ReferenceEquals(constraint.Owner, Model)
            ? constraint.Index
            : throw new ArgumentException($"Constraint '{constraint.Name}' belongs to model '{constraint.Owner.Name}', not to the solved model '{Model.Name}'.", nameof(constraint));
    }
}
