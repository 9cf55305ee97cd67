namespace Assistant.Core.Network;

/// <summary>What a sort center can do in an hour and what its labor costs.</summary>
public sealed record SortCenterCapacity(
    string SiteCode,
    int SortCapacityPackagesPerHour,
    IReadOnlyList<Shift> Shifts,
    double UnitsPerLaborHour,
    decimal LaborRateUsdPerHour,
    decimal OvertimeRateUsdPerHour);
