namespace Assistant.Core.Network;

/// <summary>A building in the network, known by its short code (SEA4, PDX2).</summary>
public sealed record Site(
    string Code,
    string Name,
    SiteKind Kind,
    string RegionCode,
    string City,
    string State,
    double Latitude,
    double Longitude);
