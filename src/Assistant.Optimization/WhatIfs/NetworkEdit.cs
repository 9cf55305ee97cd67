using Assistant.Optimization.Network;

namespace Assistant.Optimization.WhatIfs;

/// <summary>
/// One change to a network for a what-if question. <see cref="Apply"/> returns a changed copy (the
/// network is immutable) after checking that the ids exist (ignoring case; the declared spelling is
/// kept) and the values make sense; otherwise it throws a <see cref="FlowNetworkError"/> that names
/// the unknown id and lists valid ones.
/// </summary>
public abstract record NetworkEdit
{
    /// <exception cref="FlowNetworkError">An id is unknown, a value is out of range, or the edit does not fit the site.</exception>
    public abstract FlowNetwork Apply(FlowNetwork network);

    /// <summary>The edit in a planner's words: "Lane FC1→SC1 closed".</summary>
    public abstract string Describe();
}
