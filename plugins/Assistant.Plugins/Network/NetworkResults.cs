using System.Text.Json.Nodes;

namespace Assistant.Plugins.Network;

// What the network plugin returns. Every result names its units, says how it was computed
// (method) and over which data, and carries a chart where a picture helps.

public sealed record ScopeInfo(string Kind, string? Code, string Name);

public sealed record DailyPackages(DateOnly Date, long Packages);

public sealed record DailyValue(DateOnly Date, double Value);

public sealed record SiteSummary(string Code, string Name, string Kind, string Region, string City, string State);

public sealed record SiteListResult(int Count, string? Kind, string? Region, IReadOnlyList<SiteSummary> Sites, string Method);

public sealed record LaneSummary(
    string Lane, string Origin, string Destination, int TrailerCapacityPackages, decimal CostPerTruckUsd,
    double TransitHours, string CriticalPullTime);

public sealed record LaneListResult(int Count, string? Site, string? Direction, string? Region, IReadOnlyList<LaneSummary> Lanes, string Method);

public sealed record SortCapacityInfo(
    int SortCapacityPackagesPerHour, double UnitsPerLaborHour, decimal LaborRateUsdPerHour, decimal OvertimeRateUsdPerHour,
    IReadOnlyList<string> Shifts);

public sealed record SiteDescription(
    SiteSummary Site, string RegionName, int OutboundLanes, int InboundLanes,
    int RecentDays, long AveragePackagesPerDayRecent, DateOnly HistoryFrom, DateOnly HistoryTo,
    SortCapacityInfo? SortCapacity, string Method);

public sealed record LaneDescription(
    LaneSummary Lane, string OriginName, string DestinationName,
    int RecentDays, long AveragePackagesPerDayRecent, double AverageTrucksPerDayRecent, double AverageTrailerFillPct,
    int LateDeparturesRecent, double LateDepartureRatePct, string Method);

public sealed record VolumeHistoryResult(
    ScopeInfo Scope, DateOnly Start, DateOnly End, int Days,
    long TotalPackages, long AveragePackagesPerDay, DailyPackages PeakDay, DailyPackages LowDay,
    long? PreviousPeriodPackages, double? ChangeVsPreviousPeriodPct,
    IReadOnlyList<DailyPackages> Daily, string Unit, string Method, IReadOnlyList<string> Notes, JsonObject Chart);

public sealed record MetricHistoryResult(
    ScopeInfo Scope, string Metric, string MetricName, string Unit, DateOnly Start, DateOnly End, int Days,
    double Average, double? Total, DailyValue Highest, DailyValue Lowest, DailyValue Latest,
    double? PreviousPeriodAverage, double? ChangeVsPreviousPeriodPct,
    IReadOnlyList<DailyValue> Daily, string Method, IReadOnlyList<string> Notes, JsonObject Chart);

public sealed record RankedLane(
    int Rank, string Lane, string Origin, string Destination, long Packages, int Trucks, double AverageTrailerFillPct, int LateDepartures);

public sealed record TopLanesResult(
    ScopeInfo Scope, DateOnly Start, DateOnly End, int Days, IReadOnlyList<RankedLane> Lanes,
    long PackagesOnShownLanes, double ShareOfScopeLanePackagesPct, string Method, IReadOnlyList<string> Notes, JsonObject Chart);

public sealed record HourVolume(int Hour, double SharePct, long Packages);

public sealed record HourlyProfileResult(
    ScopeInfo Scope, DateOnly BasisDate, long BasisDayPackages, IReadOnlyList<HourVolume> Hours,
    HourVolume PeakHour, int? SortCapacityPackagesPerHour, double? PeakUtilisationPct, string Method, JsonObject Chart);

public sealed record RankedSite(int Rank, string Site, string Name, string Kind, string Region, long Packages, long AveragePackagesPerDay);

public sealed record TopSitesResult(
    string Order, string? Kind, string? Region, DateOnly Start, DateOnly End, int Days, IReadOnlyList<RankedSite> Sites,
    string Method, IReadOnlyList<string> Notes, JsonObject Chart);

public sealed record RegionSummary(string Code, string Name, int FulfillmentCenters, int SortCenters, int DeliveryStations, int LanesWithin);

public sealed record RegionListResult(int Count, IReadOnlyList<RegionSummary> Regions, string Method);
