namespace Assistant.Defects.RootCause;

/// <summary>
/// A member's part in a total deviation: its own deviation (actual minus expected) and its share
/// of the total deviation. Shares add up to 1; a member that moved against the total has a
/// negative share (it offset part of it).
/// </summary>
public sealed record MemberContribution(string Member, double Expected, double Actual, double Deviation, double Share);
