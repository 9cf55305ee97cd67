namespace Assistant.Optimization.Linehaul;

/// <summary>
/// One lane on one day (day 1 is the first day of the plan): trucks dispatched, packages on them,
/// and how full they leave (volume / (trucks × trailer capacity); 0 when no truck runs).
/// </summary>
public sealed record TruckLaneDay(int Day, int Trucks, double Volume, double FillRate);
