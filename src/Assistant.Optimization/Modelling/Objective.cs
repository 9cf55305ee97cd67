namespace Assistant.Optimization.Modelling;

/// <summary>What the model optimises; the expression's constant is added to the reported objective.</summary>
public sealed record Objective(ObjectiveSense Sense, LinearExpression Expression)
{
    public static Objective None { get; } = new(ObjectiveSense.Minimize, LinearExpression.Zero);
}
