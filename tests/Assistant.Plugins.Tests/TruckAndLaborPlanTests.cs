using Assistant.Core;
using Assistant.Core.History;
using Assistant.Core.Network;
using Assistant.Optimization.Solving;
using Assistant.Plugins.Capacity;

namespace Assistant.Plugins.Tests;

/// <summary>Truck and labor plans on the demo network's history, solved by the real CBC, checked against the store.</summary>
public sealed class TruckAndLaborPlanTests(DemoStore demo) : IClassFixture<DemoStore>
{
    private static readonly DateOnly Monday = new(2026, 11, 9);
    private static readonly DateOnly Sunday = new(2026, 11, 15);

    [Fact]
    public async Task A_past_week_truck_plan_carries_every_package_in_whole_trucks_and_is_set_against_the_trucks_that_ran()
    {
        var trucks = new TruckPlanning(demo.Store, demo.Forecasts, new ContainedSolver());

        var plan = await trucks.PlanAsync(null, "SEA4-GEG1", "2026-11-09", "2026-11-15", consolidation: false, null, CancellationToken.None);

        var days = await demo.Store.GetLaneDaysAsync("SEA4-GEG1", Monday, Sunday);
        var lane = demo.Data.Lanes.Single(l => l.Id == "SEA4-GEG1");
        Assert.True(plan.Feasible, plan.Message);
        Assert.Equal(days.Sum(d => d.Packages), plan.TotalPackages);
        Assert.Equal(days.Sum(d => d.Trucks), plan.ActualTrucks);
        Assert.True(plan.TotalTrucks * lane.TrailerCapacityPackages >= plan.TotalPackages, "the trucks must hold every package");
        // Without waiting, every day would need its own rounded-up trucks; waiting can only save.
        var noWaiting = days.Sum(d => (int)Math.Ceiling(d.Packages / (double)lane.TrailerCapacityPackages));
        Assert.InRange(plan.TotalTrucks!.Value, (int)Math.Ceiling(plan.TotalPackages / lane.TrailerCapacityPackages), noWaiting);
        Assert.Equal(plan.TruckCostUsd, plan.TotalTrucks.Value * (double)lane.CostPerTruckUsd, 2);
        Assert.Equal(7, plan.Daily.Count);
    }

    [Fact]
    public async Task A_truck_plan_without_a_site_or_lane_asks_for_one()
    {
        var trucks = new TruckPlanning(demo.Store, demo.Forecasts, new ContainedSolver());

        var error = await Assert.ThrowsAsync<InputError>(() => trucks.PlanAsync(null, null, null, null, false, null, CancellationToken.None));

        Assert.Contains("Name a site", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_past_week_labor_plan_sorts_what_arrived_or_says_what_waits()
    {
        var labor = new LaborPlanning(demo.Store, demo.Forecasts, new ContainedSolver());

        var plan = await labor.PlanAsync("PDX2", "2026-11-09", "2026-11-15", null, null, CancellationToken.None);

        var days = await demo.Store.GetSiteDaysAsync("PDX2", Monday, Sunday);
        Assert.True(plan.Feasible, plan.Message);
        Assert.Equal(days.Sum(d => d.Packages), plan.TotalPackages, 0);
        var arrived = plan.Daily.Sum(d => d.Shifts.Sum(s => s.PackagesArrived));
        var sorted = plan.Daily.Sum(d => d.Shifts.Sum(s => s.PackagesSorted));
        Assert.Equal(arrived, sorted + plan.BacklogAtEnd, 0);
        Assert.All(plan.Daily, d => Assert.True(d.Headcount <= d.Workforce, "nobody works two shifts a day"));
        Assert.True(plan.PeakHeadcount > 0);
    }

    [Fact]
    public async Task A_labor_plan_for_a_delivery_station_is_refused()
    {
        var labor = new LaborPlanning(demo.Store, demo.Forecasts, new ContainedSolver());

        var error = await Assert.ThrowsAsync<InputError>(() => labor.PlanAsync("GEG1", null, null, null, null, CancellationToken.None));

        Assert.Contains("not a sort center", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_hour_of_volume_goes_to_the_shift_working_then_and_a_gap_to_the_next_shift()
    {
        // Early 06:00-12:00 and Late 12:00-22:00 over a flat day: Early has its 6 hours, Late its 10,
        // and the 8 hours nobody works (22:00-06:00) go to the next shift to start, Early.
        Shift[] shifts = [new("Early", new TimeOnly(6, 0), 6), new("Late", new TimeOnly(12, 0), 10)];
        var flat = Enumerable.Range(0, 24).Select(h => new HourShare(h, 1.0 / 24)).ToList();

        var shares = LaborPlanning.ShiftShares(shifts, flat);

        Assert.Equal(14.0 / 24, shares[0], 9);
        Assert.Equal(10.0 / 24, shares[1], 9);
    }
}
