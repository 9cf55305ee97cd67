namespace Assistant.Optimization.Modelling;

/// <summary>
/// <c>Left (sense) RightHandSide</c>, not yet named nor part of a model: what <c>x + y &lt;= 10</c>
/// produces. <see cref="Left"/> holds every variable and no constant.
/// </summary>
public sealed record LinearRelation(LinearExpression Left, ConstraintSense Sense, double RightHandSide)
{
    internal static LinearRelation Between(LinearExpression left, ConstraintSense sense, LinearExpression right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var difference = left - right;
        return new(difference.WithoutConstant(), sense, -difference.Constant);
    }
}
