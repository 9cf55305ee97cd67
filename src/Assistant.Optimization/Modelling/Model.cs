namespace Assistant.Optimization.Modelling;

/// <summary>
/// A linear or mixed-integer optimisation model: variables with bounds, named constraints and an
/// objective, with no knowledge of any solver. Every input is checked as it is added (unique
/// names, finite coefficients, bounds in order), so that a mistake is reported where it is made,
/// by name, and not as a wrong answer later. Not thread-safe while being built; once built it may
/// be solved from several threads.
/// </summary>
public sealed class Model
{
    /// <summary>
    /// The largest coefficient, right-hand side or finite bound a model takes. Clp aborts the
    /// process on an objective coefficient of 1e25 and loses all precision long before; a parcel
    /// network's costs and volumes (README: "Limits on numbers") stay below 1e12 even multiplied
    /// together, so anything beyond this is a mistake upstream, refused here as the last guard.
    /// </summary>
    public const double LargestMagnitude = 1e15;

    private readonly List<Variable> variables = [];
    private readonly List<Constraint> constraints = [];
    private readonly Dictionary<string, Variable> variablesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Constraint> constraintsByName = new(StringComparer.Ordinal);

    public Model(string name = "model")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }

    public IReadOnlyList<Variable> Variables => variables;

    public IReadOnlyList<Constraint> Constraints => constraints;

    public Objective Objective { get; private set; } = Objective.None;

    /// <summary>True when some variable must be whole (integer or binary): a MIP rather than an LP.</summary>
    public bool HasIntegerVariables => variables.Any(variable => variable.IsIntegral);

    /// <exception cref="ArgumentException">The name is empty or taken, or the bounds are NaN, crossed, or leave no value.</exception>
    public Variable AddVariable(string name, VariableKind kind, double lowerBound, double upperBound)
    {
        CheckName(name, "variable", variablesByName.ContainsKey(name));
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Variable '{name}': not a known kind.");
        }

        if (double.IsNaN(lowerBound) || double.IsNaN(upperBound))
        {
            throw new ArgumentException($"Variable '{name}' has bounds [{lowerBound}, {upperBound}]; bounds must be numbers (infinity allowed), not NaN.", nameof(lowerBound));
        }

        if (lowerBound > upperBound)
        {
            throw new ArgumentException($"Variable '{name}' has lower bound {lowerBound} above its upper bound {upperBound}.", nameof(lowerBound));
        }

        if (double.IsPositiveInfinity(lowerBound) || double.IsNegativeInfinity(upperBound))
        {
            throw new ArgumentException($"Variable '{name}' has bounds [{lowerBound}, {upperBound}], which leave it no value.", nameof(lowerBound));
        }

        if (TooLarge(lowerBound) || TooLarge(upperBound))
        {
            throw new ArgumentException($"Variable '{name}' has bounds [{lowerBound}, {upperBound}]; a finite bound must lie within ±{LargestMagnitude:0e0} (use infinity for none).", nameof(lowerBound));
        }

        var variable = new Variable(this, variables.Count, name, kind, lowerBound, upperBound);
        variables.Add(variable);
        variablesByName.Add(name, variable);
        return variable;
    }

    public Variable AddContinuous(string name, double lowerBound = 0, double upperBound = double.PositiveInfinity) =>
        AddVariable(name, VariableKind.Continuous, lowerBound, upperBound);

    public Variable AddInteger(string name, double lowerBound = 0, double upperBound = double.PositiveInfinity) =>
        AddVariable(name, VariableKind.Integer, lowerBound, upperBound);

    public Variable AddBinary(string name) => AddVariable(name, VariableKind.Binary, 0, 1);

    /// <summary>Adds <paramref name="relation"/> (e.g. <c>x + 2 * y &lt;= 10</c>) under a unique, readable name.</summary>
    /// <exception cref="ArgumentException">The name is empty or taken, a coefficient or the right-hand side is not finite, or a variable belongs to another model.</exception>
    public Constraint AddConstraint(string name, LinearRelation relation)
    {
        CheckName(name, "constraint", constraintsByName.ContainsKey(name));
        ArgumentNullException.ThrowIfNull(relation);
        CheckTerms(relation.Left, $"Constraint '{name}'");
        if (!double.IsFinite(relation.RightHandSide))
        {
            throw new ArgumentException($"Constraint '{name}' has right-hand side {relation.RightHandSide}; it must be a finite number.", nameof(relation));
        }

        if (TooLarge(relation.RightHandSide))
        {
            throw new ArgumentException($"Constraint '{name}' has right-hand side {relation.RightHandSide}; it must lie within ±{LargestMagnitude:0e0}.", nameof(relation));
        }

        if (!Enum.IsDefined(relation.Sense))
        {
            throw new ArgumentOutOfRangeException(nameof(relation), relation.Sense, $"Constraint '{name}': not a known sense.");
        }

        var constraint = new Constraint(this, constraints.Count, name, relation.Left, relation.Sense, relation.RightHandSide);
        constraints.Add(constraint);
        constraintsByName.Add(name, constraint);
        return constraint;
    }

    public void Minimize(LinearExpression expression) => SetObjective(ObjectiveSense.Minimize, expression);

    public void Maximize(LinearExpression expression) => SetObjective(ObjectiveSense.Maximize, expression);

    public void SetObjective(ObjectiveSense sense, LinearExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        CheckTerms(expression, "The objective");
        if (!double.IsFinite(expression.Constant))
        {
            throw new ArgumentException($"The objective's constant is {expression.Constant}; it must be a finite number.", nameof(expression));
        }

        Objective = new Objective(sense, expression);
    }

    public Variable? FindVariable(string name) => variablesByName.GetValueOrDefault(name);

    public Constraint? FindConstraint(string name) => constraintsByName.GetValueOrDefault(name);

    private void CheckName(string name, string what, bool taken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException($"A {what} needs a name that is not empty.", nameof(name));
        }

        if (taken)
        {
            throw new ArgumentException($"Model '{Name}' already has a {what} named '{name}'; {what} names must be unique.", nameof(name));
        }
    }

    private void CheckTerms(LinearExpression expression, string owner)
    {
        foreach ((Variable variable, double coefficient) in expression.Terms)
        {
            if (!ReferenceEquals(variable.Owner, this))
            {
                throw new ArgumentException($"{owner} uses variable '{variable.Name}' of model '{variable.Owner.Name}', not of model '{Name}'.");
            }

            if (!double.IsFinite(coefficient))
            {
                throw new ArgumentException($"{owner}: the coefficient of '{variable.Name}' is {coefficient}; coefficients must be finite numbers.");
            }

            if (TooLarge(coefficient))
            {
                throw new ArgumentException($"{owner}: the coefficient of '{variable.Name}' is {coefficient}; coefficients must lie within ±{LargestMagnitude:0e0}.");
            }
        }
    }

    private static bool TooLarge(double value) => double.IsFinite(value) && Math.Abs(value) > LargestMagnitude;
}
