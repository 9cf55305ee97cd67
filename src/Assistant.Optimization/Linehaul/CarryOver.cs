namespace Assistant.Optimization.Linehaul;

/// <summary>
/// Packages of one origin-destination pair still waiting at the end of each day
/// (<c>WaitingAfterDay[0]</c> is after day 1). The last entry is what rolls past the plan.
/// </summary>
public sealed record CarryOver(string From, string To, IReadOnlyList<double> WaitingAfterDay)
{
    /// <summary>Package-days of waiting, what the carry-over penalty is charged on.</summary>
    public double PackageDays => WaitingAfterDay.Sum();
}
