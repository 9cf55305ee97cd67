namespace Assistant.Optimization.WhatIfs;

/// <summary>
/// How a lane's flow changes from the baseline plan to the scenario. <see cref="Class"/> is null
/// when the change is the lane's total over all classes (what <see cref="WhatIfResult.LargestChanges"/> lists).
/// </summary>
public sealed record FlowChange(string From, string To, string? Class, double Before, double After)
{
    public double Change => After - Before;
}
