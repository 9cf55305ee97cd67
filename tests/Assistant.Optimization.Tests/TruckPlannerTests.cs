using Assistant.Optimization.Linehaul;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Tests;

public sealed class TruckPlannerTests
{
    private readonly TruckPlanner planner = new(new ContainedSolver());

    private static TruckLane Lane(string from, string to, double cost, double capacity = 100, int? max = null) => new(from, to, capacity, cost, max);

    private static LaneDemand Demand(string from, string to, params double[] volume) => new(from, to, volume);

    private static TruckPlanRequest OneLane(double penalty, double[] volume, int? max = null, bool pastHorizon = false) =>
        new([Lane("A", "B", 500, max: max)], [Demand("A", "B", volume)], volume.Length, penalty, CarryOverPastHorizon: pastHorizon);

    private static int[] TrucksPerDay(TruckPlan plan, string lane) => [.. plan.Lanes.Single(l => l.Lane == lane).Days.Select(day => day.Trucks)];

    [CbcFact]
    public void Two_and_a_half_trailers_of_volume_take_three_trucks()
    {
        // 250 packages, trailers of 100, 500 a truck, nothing may wait past the only day: ⌈2.5⌉ = 3
        // trucks, 1,500, leaving 250 / 300 full.
        var plan = planner.Plan(OneLane(10, [250]));

        Assert.Equal(SolveStatus.Optimal, plan.Status);
        Assert.Equal(1500, plan.TotalCost!.Value, 6);
        Assert.Equal(1500, plan.TruckCost, 6);
        Assert.Equal(0, plan.CarryOverCost, 6);
        Assert.Equal(0, plan.Gap!.Value, 9);
        Assert.Equal([3], TrucksPerDay(plan, "A-B"));
        Assert.Equal(250.0 / 300, plan.Lanes[0].FillRate, 9);
        Assert.Empty(plan.CarriedOver);
    }

    [CbcFact]
    public void A_part_load_waits_a_day_when_the_penalty_costs_less_than_a_truck()
    {
        // Days 250 and 50, 500 a truck, 1 a package-day, all gone by day 2. Sending on the day: 3 + 1
        // trucks = 2,000. Two trucks on day 1 and the 50 left waiting ride day 2's truck: 3 trucks
        // 1,500 + 50 = 1,550. Waiting all of day 1: 3 trucks + 250 = 1,750; one truck on day 1:
        // 3 trucks + 150 = 1,650. Optimum 1,550.
        var plan = planner.Plan(OneLane(1, [250, 50]));

        Assert.Equal(SolveStatus.Optimal, plan.Status);
        Assert.Equal(1550, plan.TotalCost!.Value, 6);
        Assert.Equal(1500, plan.TruckCost, 6);
        Assert.Equal(50, plan.CarryOverCost, 6);
        Assert.Equal([2, 1], TrucksPerDay(plan, "A-B"));
        var carried = Assert.Single(plan.CarriedOver);
        Assert.Equal([50.0, 0.0], carried.WaitingAfterDay);
        Assert.Equal(50, carried.PackageDays, 9);
    }

    [CbcFact]
    public void A_dear_penalty_sends_every_part_load_the_day_it_is_ready()
    {
        // Same volume at 20 a package-day: waiting 50 costs 1,000 > a truck's 500, so 3 + 1 trucks = 2,000.
        var plan = planner.Plan(OneLane(20, [250, 50]));

        Assert.Equal(2000, plan.TotalCost!.Value, 6);
        Assert.Equal([3, 1], TrucksPerDay(plan, "A-B"));
        Assert.Empty(plan.CarriedOver);
    }

    [CbcFact]
    public void Volume_of_the_last_day_may_roll_past_the_plan_for_one_more_day_of_penalty()
    {
        // Days 100 and 30, rolling past the horizon allowed, 3 a package-day. A full truck on day 1
        // and the 30 of day 2 rolls over: 500 + 90 = 590. A truck on day 2 too: 1,000; no truck at
        // all: 100 × 3 + 130 × 3 = 690; day 1's 100 waiting for a day-2 truck: 300 + 500 + 90 = 890.
        // (At 1 a package-day shipping nothing, 230, would win: rolled volume pays one day only.)
        var plan = planner.Plan(OneLane(3, [100, 30], pastHorizon: true));

        Assert.Equal(SolveStatus.Optimal, plan.Status);
        Assert.Equal(590, plan.TotalCost!.Value, 6);
        Assert.Equal(90, plan.CarryOverCost, 6);
        Assert.Equal([1, 0], TrucksPerDay(plan, "A-B"));
        Assert.Equal([0.0, 30.0], Assert.Single(plan.CarriedOver).WaitingAfterDay);
    }

    [CbcFact]
    public void The_last_day_still_gets_a_truck_when_rolling_over_costs_more()
    {
        // As above at 20 a package-day: rolling 30 over costs 600 > 500, so a truck runs each day: 1,000.
        var plan = planner.Plan(OneLane(20, [100, 30], pastHorizon: true));

        Assert.Equal(1000, plan.TotalCost!.Value, 6);
        Assert.Equal([1, 1], TrucksPerDay(plan, "A-B"));
        Assert.Empty(plan.CarriedOver);
    }

    [CbcFact]
    public void A_daily_truck_limit_makes_volume_wait_and_is_reported_binding()
    {
        // 300 on day 1 with at most 2 trucks a day: 100 waits for day 2's truck. 3 × 500 + 100 = 1,600.
        var plan = planner.Plan(OneLane(1, [300, 0], max: 2));

        Assert.Equal(SolveStatus.Optimal, plan.Status);
        Assert.Equal(1600, plan.TotalCost!.Value, 6);
        Assert.Equal([2, 1], TrucksPerDay(plan, "A-B"));
        Assert.Contains(plan.Binding, binding => binding.Constraint == "lane A-B trucks on day 1");
    }

    [CbcFact]
    public void A_truck_limit_that_cannot_carry_the_volume_is_infeasible_and_says_how_many_trucks_are_missing()
    {
        // 300 packages, one day, at most 2 trucks of 100 and nothing may wait: one truck short.
        var plan = planner.Plan(OneLane(1, [300], max: 2));

        Assert.Equal(SolveStatus.Infeasible, plan.Status);
        Assert.False(plan.HasValues);
        Assert.NotNull(plan.Conflict);
        Assert.Contains("lane A-B trucks on day 1 needs 1 more", plan.Message, StringComparison.Ordinal);
    }

    private static TruckPlanRequest TwoOriginsOneHub(bool consolidate) => new(
        [Lane("A", "C", 1000), Lane("B", "C", 1000), Lane("A", "H", 300), Lane("B", "H", 300), Lane("H", "C", 600)],
        [Demand("A", "C", 40), Demand("B", "C", 40)],
        Days: 1, CarryOverPenaltyPerUnitDay: 10, AllowConsolidation: consolidate, ConsolidationHandlingCostPerUnit: 1);

    [CbcFact]
    public void Two_part_loads_consolidate_through_a_hub_when_cheaper_than_two_direct_trucks()
    {
        // A→C and B→C 40 each. Direct: 1,000 + 1,000 = 2,000. Both via H: A→H 300, B→H 300 and one
        // H→C truck for all 80 (600), plus 80 × 1 handling = 1,280. One via H and one direct:
        // 1,000 + 300 + 600 + 40 = 1,940. Optimum 1,280 with 3 trucks.
        var plan = planner.Plan(TwoOriginsOneHub(consolidate: true));

        Assert.Equal(SolveStatus.Optimal, plan.Status);
        Assert.Equal(1280, plan.TotalCost!.Value, 6);
        Assert.Equal(1200, plan.TruckCost, 6);
        Assert.Equal(80, plan.HandlingCost, 6);
        Assert.Equal(3, plan.TotalTrucks);
        Assert.Equal([0], TrucksPerDay(plan, "A-C"));
        Assert.Equal([1], TrucksPerDay(plan, "H-C"));
        Assert.Equal(80, plan.Lanes.Single(lane => lane.Lane == "H-C").TotalVolume, 6);
        Assert.Equal(40, plan.Routes.Single(route => route.From == "A" && route.Via == "H").Volume, 6);
        Assert.Equal(40, plan.Routes.Single(route => route.From == "B" && route.Via == "H").Volume, 6);
    }

    [CbcFact]
    public void Without_consolidation_each_pair_takes_its_own_direct_truck()
    {
        var plan = planner.Plan(TwoOriginsOneHub(consolidate: false));

        Assert.Equal(2000, plan.TotalCost!.Value, 6);
        Assert.Equal(0, plan.HandlingCost, 6);
        Assert.Equal([1], TrucksPerDay(plan, "A-C"));
        Assert.Equal([1], TrucksPerDay(plan, "B-C"));
        Assert.Equal([0], TrucksPerDay(plan, "H-C"));
    }

    [CbcFact]
    public void Lanes_that_share_no_volume_are_planned_as_separate_models_with_the_same_optimum()
    {
        // A-B as in the first test (1,500) and C-D, 120 packages in trailers of 100 at 200 a truck,
        // must go the same day: 2 trucks, 400. Total 1,900 from two models.
        var request = new TruckPlanRequest(
            [Lane("A", "B", 500), Lane("C", "D", 200)],
            [Demand("A", "B", 250), Demand("C", "D", 120)],
            Days: 1, CarryOverPenaltyPerUnitDay: 10);

        var plan = planner.Plan(request);

        Assert.Equal(SolveStatus.Optimal, plan.Status);
        Assert.Equal(1900, plan.TotalCost!.Value, 6);
        Assert.Equal(2, plan.Models);
        Assert.Equal(5, plan.TotalTrucks);
    }

    [CbcFact]
    public void A_lane_with_no_volume_runs_no_trucks()
    {
        var request = new TruckPlanRequest([Lane("A", "B", 500), Lane("C", "D", 200)], [Demand("A", "B", 0, 0)], Days: 2, CarryOverPenaltyPerUnitDay: 1);

        var plan = planner.Plan(request);

        Assert.Equal(SolveStatus.Optimal, plan.Status);
        Assert.Equal(0, plan.TotalCost!.Value, 9);
        Assert.Equal(0, plan.TotalTrucks);
        Assert.Equal(2, plan.Lanes.Count);
    }

    [CbcFact]
    public void Single_lanes_solved_by_dynamic_programme_cost_what_branch_and_cut_finds()
    {
        // Single lanes are solved without CBC (SingleLaneLotSizing); packing the same lanes into one
        // model sends them to the LP rounding and branch and cut instead. Both must find the optimum.
        var random = new Random(7);
        for (var trial = 0; trial < 12; trial++)
        {
            var days = random.Next(3, 9);
            var lanes = Enumerable.Range(0, 4).Select(l => new TruckLane(
                $"O{l}", $"D{l}", random.Next(1, 4) * 50, random.Next(100, 600), random.NextDouble() < 0.4 ? random.Next(1, 4) : null)).ToList();
            var demands = lanes.Select(lane => Demand(lane.From, lane.To, [.. Enumerable.Range(0, days).Select(_ => (double)random.Next(0, 400))])).ToList();
            var request = new TruckPlanRequest(lanes, demands, days, random.Next(1, 8), CarryOverPastHorizon: true);

            var separate = planner.Plan(request);
            var together = new TruckPlanner(new ContainedSolver()) { LaneDaysPerModel = 1000 }.Plan(request);

            Assert.Equal(SolveStatus.Optimal, separate.Status);
            Assert.Equal(SolveStatus.Optimal, together.Status);
            Assert.Equal(lanes.Count, separate.Models);
            Assert.Equal(1, together.Models);
            Assert.Equal(together.TotalCost!.Value, separate.TotalCost!.Value, 6);
        }
    }

    public static TheoryData<string, TruckPlanRequest> Refused => new()
    {
        { "Demand A-B has volume -5 on day 1; volume must be 0 or more packages.", OneLane(1, [-5]) },
        { "Demand A-B has volume NaN on day 2; volume must be 0 or more packages.", OneLane(1, [5, double.NaN]) },
        { "Lane A-B has trailer capacity 0; it must be more than 0 packages.", new([new TruckLane("A", "B", 0, 500)], [Demand("A", "B", 5)], 1, 1) },
        { "No route carries A to C: there is no lane A-C and consolidation through a hub is off.", new([Lane("A", "B", 500)], [Demand("A", "C", 5)], 1, 1) },
        {
            "No route carries A to C: there is no lane A-C and no hub H with lanes A-H and H-C.",
            new([Lane("A", "B", 500)], [Demand("A", "C", 5)], 1, 1, AllowConsolidation: true)
        },
        { "Demand A-B has 1 days of volume but the plan covers 2 days; give one volume per day.", new([Lane("A", "B", 500)], [Demand("A", "B", 5)], 2, 1) },
        { "A truck plan needs at least one day; 0 days were asked.", new([Lane("A", "B", 500)], [], 0, 1) },
        { "The carry-over penalty per package per day is -1; it must be 0 or more.", OneLane(-1, [5]) },
        { "Lane A-B's cost per truck is -500; it must be 0 or more.", new([Lane("A", "B", -500)], [Demand("A", "B", 5)], 1, 1) },
        { "Lane A-B allows at most -1 trucks a day; the limit must be from 0 to 1,000,000.", OneLane(1, [5], max: -1) },
        { "Lane A-B is listed twice; give each lane once.", new([Lane("A", "B", 500), Lane("A", "B", 400)], [Demand("A", "B", 5)], 1, 1) },
        { "Demand A-B is listed twice; give one volume series per pair.", new([Lane("A", "B", 500)], [Demand("A", "B", 5), Demand("A", "B", 6)], 1, 1) },
        { "Lane A-A starts and ends at the same site.", new([Lane("A", "A", 500)], [], 1, 1) },
        { "Demand ' -B' needs both an origin and a destination site.", new([Lane("A", "B", 500)], [Demand(" ", "B", 5)], 1, 1) },
        { "The carry-over penalty per package per day is 1E+300; it must be at most 1,000,000.", OneLane(1e300, [5]) },
        { "Lane A-B's cost per truck is 1E+29; it must be at most 1,000,000.", new([Lane("A", "B", 1e29)], [Demand("A", "B", 5)], 1, 1) },
        { "Lane A-B's trailer capacity is 1E+20; it must be at most 1,000,000,000.", new([new TruckLane("A", "B", 1e20, 500)], [Demand("A", "B", 5)], 1, 1) },
        { "Demand A-B's volume on day 1 is 1E+25; it must be at most 1,000,000,000.", OneLane(1, [1e25]) },
        { "Lane A-B allows at most 2000000 trucks a day; the limit must be from 0 to 1,000,000.", OneLane(1, [5], max: 2_000_000) },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_malformed_request_is_refused_before_solving_with_a_message_naming_what_is_wrong(string message, TruckPlanRequest request)
    {
        var error = Assert.Throws<ArgumentException>(() => planner.Plan(request));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
