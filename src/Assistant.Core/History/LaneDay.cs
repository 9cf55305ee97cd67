namespace Assistant.Core.History;

/// <summary>One lane on one day: packages carried, trucks dispatched, trucks that left after the critical pull time.</summary>
public sealed record LaneDay(string LaneId, DateOnly Date, long Packages, int Trucks, int LateDepartures);
