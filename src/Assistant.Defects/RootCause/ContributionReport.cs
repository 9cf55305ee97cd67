namespace Assistant.Defects.RootCause;

/// <summary>
/// A deviation broken down by member: the totals, and the members ranked by how much of the
/// deviation they account for (those that drove it first, those that offset it last).
/// </summary>
public sealed record ContributionReport(double Expected, double Actual, double Deviation, IReadOnlyList<MemberContribution> Members);
