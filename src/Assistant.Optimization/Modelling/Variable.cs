namespace Assistant.Optimization.Modelling;

/// <summary>
/// A decision variable of one <see cref="Model"/>, created by <see cref="Model.AddVariable"/>.
/// Compared by identity: two variables are the same only if they are the same object. The
/// operators build <see cref="LinearExpression"/>s and <see cref="LinearRelation"/>s, so that
/// <c>x + 2 * y &lt;= 10</c> reads as written.
/// </summary>
public sealed class Variable
{
    internal Variable(Model owner, int index, string name, VariableKind kind, double lowerBound, double upperBound)
    {
        Owner = owner;
        Index = index;
        Name = name;
        Kind = kind;
        LowerBound = lowerBound;
        UpperBound = upperBound;
    }

    public string Name { get; }

    public VariableKind Kind { get; }

    public double LowerBound { get; }

    public double UpperBound { get; }

    public bool IsIntegral => Kind != VariableKind.Continuous;

    internal Model Owner { get; }

    /// <summary>The column of this variable in the model (its position in <see cref="Model.Variables"/>).</summary>
    internal int Index { get; }

    public static implicit operator LinearExpression(Variable variable) => LinearExpression.Of(variable);

    public static LinearExpression operator +(Variable left, LinearExpression right) => LinearExpression.Of(left) + right;

    public static LinearExpression operator +(LinearExpression left, Variable right) => left + LinearExpression.Of(right);

    public static LinearExpression operator +(Variable left, Variable right) => LinearExpression.Of(left) + LinearExpression.Of(right);

    public static LinearExpression operator -(Variable left, LinearExpression right) => LinearExpression.Of(left) - right;

    public static LinearExpression operator -(LinearExpression left, Variable right) => left - LinearExpression.Of(right);

    public static LinearExpression operator -(Variable left, Variable right) => LinearExpression.Of(left) - LinearExpression.Of(right);

    public static LinearExpression operator -(Variable variable) => -LinearExpression.Of(variable);

    public static LinearExpression operator *(double coefficient, Variable variable) => coefficient * LinearExpression.Of(variable);

    public static LinearExpression operator *(Variable variable, double coefficient) => coefficient * LinearExpression.Of(variable);

    public static LinearRelation operator <=(Variable left, LinearExpression right) => LinearExpression.Of(left) <= right;

    public static LinearRelation operator >=(Variable left, LinearExpression right) => LinearExpression.Of(left) >= right;

    /// <summary>The relation <c>this = right</c> (C#'s == stays reference equality).</summary>
    public LinearRelation EqualTo(LinearExpression right) => LinearExpression.Of(this).EqualTo(right);

    public override string ToString() => Name;
}
