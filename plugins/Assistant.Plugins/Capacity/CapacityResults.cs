using System.Text.Json.Nodes;

namespace Assistant.Plugins.Capacity;

// What the capacity plugin returns: costs with their currency, volumes with their unit, how full
// each site is, what binds the plan and what a unit more of it is worth, the conflict when there
// is no plan, the assumptions behind a network built from the store, and a chart.

public sealed record SiteLoad(string Site, double Volume, double? Capacity, double? UtilisationPct);

public sealed record LaneFlowInfo(string From, string To, string? Class, double Quantity);

public sealed record FlowChangeInfo(string From, string To, string? Class, double Before, double After, double Change);

public sealed record NetworkPlanResult(
    string Network, string Source, string Unit, string Currency, string Status, bool Feasible,
    double? TotalCost, double? TransportCost, double? ProcessingCost, double? GapPct, double TotalDemand,
    IReadOnlyList<SiteLoad> Hubs, IReadOnlyList<SiteLoad> Origins, IReadOnlyList<LaneFlowInfo> LargestFlows, int LanesUsed,
    IReadOnlyList<string> Binding, IReadOnlyList<string> Conflict, string? Message,
    IReadOnlyList<string> Assumptions, string Method, JsonObject Chart);

public sealed record WhatIfOutcome(
    string Network, string Source, string Unit, string Currency, IReadOnlyList<string> Changes, string Status, bool Feasible,
    double? BaselineCost, double? NewCost, double? CostChange, double? CostChangePct,
    IReadOnlyList<FlowChangeInfo> LargestChanges, IReadOnlyList<string> Binding, IReadOnlyList<string> Conflict, string Summary, string? Note,
    IReadOnlyList<string> Assumptions, string Method, JsonObject Chart);

public sealed record PlanExplanation(
    string Network, string Source, string Unit, string Currency, string Subject, double? VolumeThroughSubject,
    double? TotalCost, IReadOnlyList<string> Binding, WhatIfOutcome? Without, string Summary,
    IReadOnlyList<string> Assumptions, string Method);

public sealed record TruckLaneResult(string Lane, double Packages, int Trucks, double FillPct, double? TruckCostUsd, double PackageDaysWaiting, int? ActualTrucks);

public sealed record TruckDayResult(DateOnly Date, int Trucks, double Packages);

public sealed record TruckPlanResult(
    string Scope, DateOnly Start, DateOnly End, int Days, string Source, string Status, bool Feasible,
    double? TotalCostUsd, double TruckCostUsd, double CarryOverCostUsd, double HandlingCostUsd,
    int? TotalTrucks, double TotalPackages, double? AverageFillPct, double? GapPct,
    IReadOnlyList<TruckLaneResult> Lanes, IReadOnlyList<TruckDayResult> Daily,
    int? ActualTrucks, double? ActualTruckCostUsd, double? SavingVsActualUsd,
    double ConsolidatedPackages, double PackageDaysWaiting,
    IReadOnlyList<string> Binding, IReadOnlyList<string> Conflict, string? Message,
    IReadOnlyList<string> Assumptions, IReadOnlyList<string> Notes, string Method, JsonObject Chart);

public sealed record LaborShiftResult(string Shift, int Headcount, double OvertimeHours, double PackagesArrived, double PackagesSorted, double BacklogAfter);

public sealed record LaborDayResult(DateOnly Date, double Packages, int Headcount, int Workforce, int Hires, double OvertimeHours, double BacklogAtEnd, IReadOnlyList<LaborShiftResult> Shifts);

public sealed record LaborPlanResult(
    string Site, string Name, DateOnly Start, DateOnly End, int Days, string Source, string Status, bool Feasible,
    double? TotalCostUsd, double WageCostUsd, double OvertimeCostUsd, double HiringCostUsd, double BacklogCostUsd,
    int CurrentHeadcount, int PeakHeadcount, int Hires, double OvertimeHours, double BacklogAtEnd, double TotalPackages,
    IReadOnlyList<LaborDayResult> Daily, IReadOnlyList<string> Binding, IReadOnlyList<string> Conflict, string? Message,
    IReadOnlyList<string> Assumptions, IReadOnlyList<string> Notes, string Method, JsonObject Chart);
