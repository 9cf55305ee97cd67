namespace Assistant.Optimization.Modelling;

/// <summary>
/// A named linear constraint of one <see cref="Model"/>, created by <see cref="Model.AddConstraint"/>:
/// <c>Expression (Sense) RightHandSide</c>. Compared by identity. Names are what explanations show
/// a planner, so make them readable: <c>Capacity[SC1]</c>, <c>Demand[DS4, Mon]</c>.
/// </summary>
public sealed class Constraint
{
    internal Constraint(Model owner, int index, string name, LinearExpression expression, ConstraintSense sense, double rightHandSide)
    {
        Owner = owner;
        Index = index;
        Name = name;
        Expression = expression;
        Sense = sense;
        RightHandSide = rightHandSide;
    }

    public string Name { get; }

    /// <summary>The variables' side, without a constant (constants were moved to the right-hand side).</summary>
    public LinearExpression Expression { get; }

    public ConstraintSense Sense { get; }

    public double RightHandSide { get; }

    internal Model Owner { get; }

    /// <summary>The row of this constraint in the model (its position in <see cref="Model.Constraints"/>).</summary>
    internal int Index { get; }

    public override string ToString() =>
        $"{Name}: {Expression} {Sense switch { ConstraintSense.LessOrEqual => "<=", ConstraintSense.GreaterOrEqual => ">=", _ => "=" }} {RightHandSide}";
}
