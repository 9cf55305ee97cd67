using System.Globalization;
using System.Text;

namespace Assistant.Optimization.Modelling;

/// <summary>
/// An immutable sum of coefficient × variable terms plus a constant. Every operator returns a new
/// expression, so building a long sum with <c>+=</c> in a loop copies it each time: use
/// <see cref="Sum(IEnumerable{LinearExpression})"/> for many terms. A number converts to a constant
/// expression, so <c>x + 3</c> and <c>x &lt;= 10</c> work.
/// </summary>
public sealed class LinearExpression
{
    private readonly Dictionary<Variable, double> terms;

    private LinearExpression(Dictionary<Variable, double> terms, double constant)
    {
        this.terms = terms;
        Constant = constant;
    }

    public static LinearExpression Zero { get; } = new([], 0);

    /// <summary>The coefficient of each variable that appears (terms that cancel to 0 are dropped).</summary>
    public IReadOnlyDictionary<Variable, double> Terms => terms;

    public double Constant { get; }

    public static LinearExpression Of(Variable variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        return new(new() { [variable] = 1.0 }, 0);
    }

    public static implicit operator LinearExpression(double constant) => new([], constant);

    /// <summary>The sum of any number of expressions (or variables), built in one pass.</summary>
    public static LinearExpression Sum(IEnumerable<LinearExpression> expressions)
    {
        ArgumentNullException.ThrowIfNull(expressions);
        var sum = new Dictionary<Variable, double>();
        var constant = 0.0;
        foreach (var expression in expressions)
        {
            ArgumentNullException.ThrowIfNull(expression, nameof(expressions));
            Accumulate(sum, expression, 1.0);
            constant += expression.Constant;
        }

        return new(WithoutZeros(sum), constant);
    }

    public static LinearExpression Sum(IEnumerable<Variable> variables) =>
        Sum((variables ?? throw new ArgumentNullException(nameof(variables))).Select(Of));

    public static LinearExpression Sum(params LinearExpression[] expressions) => Sum((IEnumerable<LinearExpression>)expressions);

    public static LinearExpression operator +(LinearExpression left, LinearExpression right) => Combine(left, right, 1.0);

    public static LinearExpression operator -(LinearExpression left, LinearExpression right) => Combine(left, right, -1.0);

    public static LinearExpression operator -(LinearExpression expression) => -1.0 * expression;

    public static LinearExpression operator *(double coefficient, LinearExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var scaled = new Dictionary<Variable, double>(expression.terms.Count);
        Accumulate(scaled, expression, coefficient);
        return new(WithoutZeros(scaled), coefficient * expression.Constant);
    }

    public static LinearExpression operator *(LinearExpression expression, double coefficient) => coefficient * expression;

    /// <summary><c>left ≤ right</c>, with the variables gathered on the left and the constants on the right.</summary>
    public static LinearRelation operator <=(LinearExpression left, LinearExpression right) => LinearRelation.Between(left, ConstraintSense.LessOrEqual, right);

    /// <summary><c>left ≥ right</c>, with the variables gathered on the left and the constants on the right.</summary>
    public static LinearRelation operator >=(LinearExpression left, LinearExpression right) => LinearRelation.Between(left, ConstraintSense.GreaterOrEqual, right);

    /// <summary>
    /// The relation <c>this = right</c>. A method rather than <c>==</c>, which would have to change
    /// what equality means for every expression (and with it Equals and GetHashCode).
    /// </summary>
    public LinearRelation EqualTo(LinearExpression right) => LinearRelation.Between(this, ConstraintSense.Equal, right);

    /// <summary>The same expression over the variables at the same positions in another model.</summary>
    internal LinearExpression OnVariables(IReadOnlyList<Variable> variables)
    {
        var moved = new Dictionary<Variable, double>(terms.Count);
        foreach ((Variable variable, double coefficient) in terms)
        {
            moved[variables[variable.Index]] = coefficient;
        }

        return new(moved, Constant);
    }

    internal LinearExpression WithoutConstant() => Constant == 0 ? this : new(terms, 0);

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach ((Variable variable, double coefficient) in terms)
        {
            text.Append(text.Length == 0 ? (coefficient < 0 ? "-" : "") : (coefficient < 0 ? " - " : " + "));
            if (Math.Abs(coefficient) != 1)
            {
                text.Append(Math.Abs(coefficient).ToString("G", CultureInfo.InvariantCulture)).Append(' ');
            }

            text.Append(variable.Name);
        }

        if (Constant != 0 || text.Length == 0)
        {
            text.Append(text.Length == 0 ? (Constant < 0 ? "-" : "") : (Constant < 0 ? " - " : " + "));
            text.Append(Math.Abs(Constant).ToString("G", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static LinearExpression Combine(LinearExpression left, LinearExpression right, double sign)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var sum = new Dictionary<Variable, double>(left.terms);
        Accumulate(sum, right, sign);
        return new(WithoutZeros(sum), left.Constant + sign * right.Constant);
    }

    private static void Accumulate(Dictionary<Variable, double> sum, LinearExpression expression, double factor)
    {
        foreach ((Variable variable, double coefficient) in expression.terms)
        {
            sum[variable] = sum.GetValueOrDefault(variable) + factor * coefficient;
        }
    }

    // Exact zeros only: a NaN must survive to be reported when the relation is added to a model.
    private static Dictionary<Variable, double> WithoutZeros(Dictionary<Variable, double> terms)
    {
        foreach (var variable in terms.Where(term => term.Value == 0).Select(term => term.Key).ToList())
        {
            terms.Remove(variable);
        }

        return terms;
    }
}
