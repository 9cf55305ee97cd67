namespace Assistant.Core.History;

public sealed record LaneTotal(string LaneId, long Packages, int Trucks, int LateDepartures);
