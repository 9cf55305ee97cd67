namespace Assistant.Optimization.Network;

/// <summary>How much of one class the plan sends along one lane.</summary>
public sealed record ClassFlow(string From, string To, string Class, double Quantity);
