namespace Assistant.Optimization.Linehaul;

/// <summary>
/// Packages that must travel from <see cref="From"/> to <see cref="To"/>: <c>Volume[0]</c> is ready
/// to leave on day 1 (by the lane's critical pull time), <c>Volume[1]</c> on day 2, and so on; one
/// entry per day of the plan.
/// </summary>
public sealed record LaneDemand(string From, string To, IReadOnlyList<double> Volume)
{
    public string Pair => $"{From}-{To}";
}
