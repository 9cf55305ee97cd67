using Assistant.Core;
using Assistant.Core.Network;
using Assistant.Core.Store;
using Assistant.Optimization;
using Assistant.Optimization.Labor;
using Assistant.Optimization.Solving;
using Assistant.Plugins.Charts;
using Assistant.Plugins.Forecast;

namespace Assistant.Plugins.Capacity;

/// <summary>
/// Labor plans for a sort center: people per shift per day to sort the volume (forecast ahead,
/// actual in the past) at its units per labor hour, with overtime, a limit on hiring and packages
/// waiting for the next shift at a penalty, at least cost. What the store does not hold (today's
/// headcount, hiring cost and limits) is assumed and listed.
/// </summary>
public sealed class LaborPlanning(INetworkStore store, ForecastPlugin forecasts, ISolver solver)
{
    public const double DefaultOvertimeHours = 2;
    public const double DefaultHireCostUsd = 800;
    public const double BacklogPenaltyUsd = 1.0;
    public const double HiresPerDayShare = 0.05;

    private static readonly SolveOptions Limits = new() { TimeLimit = TimeSpan.FromSeconds(20), RelativeGap = 0.005 };

    public async Task<LaborPlanResult> PlanAsync(string site, string? start, string? end, int? maxHiresPerDay, double? overtimeHours, CancellationToken cancellationToken)
    {
        var catalog = await store.GetCatalogAsync(cancellationToken);
        var found = catalog.RequireSite(site);
        var capacity = catalog.FindCapacity(found.Code);
        if (found.Kind != SiteKind.SortCenter || capacity is null || capacity.Shifts.Count == 0)
        {
            throw new InputError($"{found.Code} is not a sort center with shifts; labor plans are made for sort centers ({string.Join(", ", catalog.Capacities.Take(4).Select(c => c.SiteCode))}, ...).");
        }

        if (maxHiresPerDay is < 0 or > PlanningBounds.MaxCount || overtimeHours is { } hours && !(hours is >= 0 and <= 8))
        {
            throw new InputError($"Hires per day (max_hires_per_day) must be 0 to {PlanningBounds.Text(PlanningBounds.MaxCount)}, and overtime (overtime_hours) 0 to 8 hours per worker.");
        }

        var period = await PlanningPeriod.ResolveAsync(store, start, end, cancellationToken);
        var daily = await DailyVolumeAsync(found.Code, period, cancellationToken);
        var profile = await store.GetHourlyProfileAsync(found.Code, cancellationToken);
        var shifts = capacity.Shifts.OrderBy(s => s.Start).ToList();
        var shares = ShiftShares(shifts, profile);

        var window = (await store.GetHistoryWindowAsync(cancellationToken))!;
        var recent = await store.GetSiteDaysAsync(found.Code, window.Last.AddDays(-27), window.Last, cancellationToken);
        var averageDay = recent.Count > 0 ? recent.Average(d => (double)d.Packages) : daily.Average();
        var headcount = (int)Math.Ceiling(shifts.Select((s, i) => averageDay * shares[i] / (capacity.UnitsPerLaborHour * s.Hours)).Sum());
        var hires = maxHiresPerDay ?? Math.Max(1, (int)Math.Ceiling(HiresPerDayShare * headcount));
        var overtime = overtimeHours ?? DefaultOvertimeHours;

        var request = new LaborPlanRequest(
            found.Code,
            shifts.Select(s => new LaborShift(s.Name, s.Hours)).ToList(),
            daily.Select(day => (IReadOnlyList<double>)shares.Select(share => Math.Round(day * share)).ToList()).ToList(),
            capacity.UnitsPerLaborHour, (double)capacity.LaborRateUsdPerHour, (double)capacity.OvertimeRateUsdPerHour,
            overtime, headcount, hires, DefaultHireCostUsd, BacklogPenaltyUsd, BacklogMayRemainAtEnd: true);
        var plan = new LaborPlanner(solver).Plan(request, Limits with { CancellationToken = cancellationToken });

        var days = plan.Days.Select(d => new LaborDayResult(
                period.Start.AddDays(d.Day - 1),
                Math.Round(d.Shifts.Sum(s => s.UnitsArrived)),
                d.Shifts.Sum(s => s.Headcount),
                d.Workforce,
                d.Hires,
                Math.Round(d.Shifts.Sum(s => s.OvertimeHours), 1),
                Math.Round(d.Shifts.Count > 0 ? d.Shifts[^1].BacklogAfter : 0),
                d.Shifts.Select(s => new LaborShiftResult(s.Shift, s.Headcount, Math.Round(s.OvertimeHours, 1), Math.Round(s.UnitsArrived), Math.Round(s.UnitsProcessed), Math.Round(s.BacklogAfter))).ToList()))
            .ToList();
        return new LaborPlanResult(
            found.Code, found.Name, period.Start, period.End, period.Days,
            period.Ahead ? "the site's daily forecast, spread over its shifts by its hourly profile" : "what the site handled each day, spread over its shifts by its hourly profile",
            plan.Status.ToString(), plan.HasValues,
            plan.TotalCost is { } total ? Math.Round(total, 2) : null,
            Math.Round(plan.WageCost, 2), Math.Round(plan.OvertimeCost, 2), Math.Round(plan.HiringCost, 2), Math.Round(plan.BacklogCost, 2),
            headcount, days.Count > 0 ? days.Max(d => d.Headcount) : 0, days.Sum(d => d.Hires), Math.Round(days.Sum(d => d.OvertimeHours), 1),
            days.Count > 0 ? days[^1].BacklogAtEnd : 0, Math.Round(daily.Sum()),
            days, plan.Binding.Where(b => Math.Abs(b.RightHandSide) > 1e-9).Take(5).Select(b => b.Description).ToList(),
            plan.Conflict is { Explained: true } conflict ? conflict.Violations.Select(v => v.Description).ToList() : plan.Conflict is { } c ? [c.Summary] : [],
            plan.Message,
            [
                $"Today's headcount: {headcount}, the people its shifts need on an average day of the last 28 days ({averageDay:#,0} packages) at {capacity.UnitsPerLaborHour:0.#} units per labor hour.",
                $"Up to {hires} hire(s) a day at {DefaultHireCostUsd:#,0} USD each; up to {overtime:0.#} overtime hours per worker per shift at {capacity.OvertimeRateUsdPerHour:0.00} USD/h.",
                $"A package left for the next shift costs {BacklogPenaltyUsd:0.00} USD per shift it waits; packages may still be waiting at the end.",
            ],
            period.Notes,
            "Headcount per shift per day, hires and overtime as whole numbers solved by CBC at least cost (wages, overtime, hiring, waiting packages); each worker works at most one shift a day, sorts the site's units per labor hour, and unsorted packages wait for the next shift.",
            VegaLiteChart.DailySeries($"People on shift per day, {found.Code}", days.Select(d => (d.Date, (double)d.Headcount)), "People"));
    }

    private async Task<double[]> DailyVolumeAsync(string site, PlanningPeriod period, CancellationToken cancellationToken)
    {
        var volume = new double[period.Days];
        if (period.Ahead)
        {
            var forecast = await forecasts.ForecastVolume(site: site, start: PlanningPeriod.Iso(period.Start), end: PlanningPeriod.Iso(period.End), cancellationToken: cancellationToken);
            foreach (var day in forecast.Daily)
            {
                var at = day.Date.DayNumber - period.Start.DayNumber;
                if (at >= 0 && at < period.Days)
                {
                    volume[at] = day.Packages;
                }
            }

            return volume;
        }

        foreach (var day in await store.GetSiteDaysAsync(site, period.Start, period.End, cancellationToken))
        {
            volume[day.Date.DayNumber - period.Start.DayNumber] = day.Packages;
        }

        return volume;
    }

    /// <summary>
    /// Each shift's share of the day's volume: every hour's share goes to the shifts working at
    /// the middle of that hour, split evenly; an hour nobody works goes to the next shift to start.
    /// </summary>
    public static double[] ShiftShares(IReadOnlyList<Shift> shifts, IReadOnlyList<Core.History.HourShare> profile)
    {
        var shares = new double[shifts.Count];
        var byHour = profile.Count > 0 ? profile.ToDictionary(h => h.Hour, h => h.Share) : Enumerable.Range(0, 24).ToDictionary(h => h, _ => 1.0 / 24);
        foreach (var (hour, share) in byHour)
        {
            var middle = hour + 0.5;
            var working = Enumerable.Range(0, shifts.Count).Where(i => Covers(shifts[i], middle)).ToList();
            if (working.Count == 0)
            {
                working = [Enumerable.Range(0, shifts.Count).MinBy(i => (Hours(shifts[i].Start) - middle + 24) % 24)];
            }

            foreach (var i in working)
            {
                shares[i] += share / working.Count;
            }
        }

        var total = shares.Sum();
        return total > 0 ? shares.Select(s => s / total).ToArray() : shares;
    }

    private static bool Covers(Shift shift, double hour) => (hour - Hours(shift.Start) + 24) % 24 < shift.Hours;

    private static double Hours(TimeOnly time) => time.Hour + time.Minute / 60.0;
}
