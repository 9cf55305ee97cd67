namespace Assistant.Optimization.Linehaul;

/// <summary>
/// A truck plan to make: the lanes that may run, the volume of each origin-destination pair, and
/// how many days. Volume not sent on the day it is ready waits for the next day at
/// <see cref="CarryOverPenaltyPerUnitDay"/> per package per day. With <see cref="AllowConsolidation"/>,
/// a pair may also travel through a hub H (lanes From→H and H→To, both legs on the same day) at
/// <see cref="ConsolidationHandlingCostPerUnit"/> per package for the extra sort. Volume still
/// waiting after the last day makes the plan infeasible unless <see cref="CarryOverPastHorizon"/>,
/// in which case it is penalised for one more day of waiting.
/// </summary>
public sealed record TruckPlanRequest(
    IReadOnlyList<TruckLane> Lanes,
    IReadOnlyList<LaneDemand> Demands,
    int Days,
    double CarryOverPenaltyPerUnitDay,
    bool AllowConsolidation = false,
    double ConsolidationHandlingCostPerUnit = 0,
    bool CarryOverPastHorizon = false);
