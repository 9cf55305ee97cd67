namespace Assistant.Optimization.Linehaul;

/// <summary>The trucks of one lane over the plan, one entry per day.</summary>
public sealed record TruckLanePlan(string Lane, string From, string To, double TrailerCapacity, IReadOnlyList<TruckLaneDay> Days)
{
    public int TotalTrucks => Days.Sum(day => day.Trucks);

    public double TotalVolume => Days.Sum(day => day.Volume);

    /// <summary>Volume over the space of every truck that ran; 0 when none ran.</summary>
    public double FillRate => TotalTrucks > 0 ? TotalVolume / (TotalTrucks * TrailerCapacity) : 0;
}
