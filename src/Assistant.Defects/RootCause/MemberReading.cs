namespace Assistant.Defects.RootCause;

/// <summary>One member of a dimension (a lane, a shift, a sort center) with what was expected of it and what it did.</summary>
public sealed record MemberReading(string Member, double Expected, double Actual);
