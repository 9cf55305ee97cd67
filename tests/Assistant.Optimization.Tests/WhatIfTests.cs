using Assistant.Optimization.Network;
using Assistant.Optimization.Solving;
using Assistant.Optimization.WhatIfs;

namespace Assistant.Optimization.Tests;

/// <summary>
/// Each edit on <see cref="TestNetworks.TwoPaths"/> (baseline 520: 60 via SC1 at 4 a unit, capacity
/// 60, lane SC1→DS1 holding 80; 40 via SC2 at 7 a unit) or <see cref="TestNetworks.TwoStations"/>
/// (baseline 40), with the scenario's cost worked out by hand.
/// </summary>
public sealed class WhatIfTests
{
    private readonly WhatIfAnalysis analysis = new(new FlowPlanner(new ContainedSolver()));

    public static TheoryData<NetworkEdit, double> TwoPathEdits => new()
    {
        // Demand 110: 60 × 4 + 50 × 7 = 590.
        { new ScaleDemand(1.1), 590 },
        { new ScaleDemand(1.1, "ds1", "STANDARD"), 590 },
        // SC1 holds 80: 80 × 4 + 20 × 7 = 460.
        { new SetCapacity("SC1", 80), 460 },
        // SC1 unlimited: lane SC1→DS1 (80) binds instead: 80 × 4 + 20 × 7 = 460.
        { new SetCapacity("sc1", null), 460 },
        // SC1 holds 30: 30 × 4 + 70 × 7 = 610.
        { new ScaleCapacity("SC1", 0.5), 610 },
        // FC1→SC1 holds 50: 50 × 4 + 50 × 7 = 550.
        { new SetLaneCapacity("FC1", "SC1", 50), 550 },
        // SC1→DS1 holds 40: 40 × 4 + 60 × 7 = 580.
        { new ScaleLaneCapacity("SC1", "DS1", 0.5), 580 },
        // FC1→SC2 costs 1: the SC2 path costs 5; 60 × 4 + 40 × 5 = 440.
        { new SetLaneCost("FC1", "SC2", 1), 440 },
        // FC1→SC1 costs 6: the SC1 path costs 8 > 7, so all 100 go via SC2: 700.
        { new ScaleLaneCost("FC1", "SC1", 3), 700 },
        { new CloseLane("FC1", "SC1"), 700 },
        { new CloseSite("SC1"), 700 },
        { new AvoidUse("SC1"), 700 },
        { new AvoidUse("SC1", "DS1"), 700 },
    };

    [CbcTheory]
    [MemberData(nameof(TwoPathEdits))]
    public void Each_edit_changes_the_cost_by_the_hand_computed_amount(NetworkEdit edit, double expected)
    {
        var result = analysis.Run(TestNetworks.TwoPaths(), [edit]);

        Assert.Equal(SolveStatus.Optimal, result.Scenario.Status);
        Assert.Equal(520, result.Baseline.TotalCost!.Value, 6);
        Assert.Equal(expected, result.Scenario.TotalCost!.Value, 6);
        Assert.Equal(expected - 520, result.CostChange!.Value, 6);
        Assert.Equal(100 * (expected - 520) / 520, result.CostChangePercent!.Value, 6);
        Assert.Equal(edit.Describe(), Assert.Single(result.Edits));
    }

    [CbcFact]
    public void The_summary_gives_the_change_in_money_and_percent_and_lists_the_lanes_that_moved_most()
    {
        // All 100 move from the SC1 path to the SC2 path: four lanes change by 60 each.
        var result = analysis.Run(TestNetworks.TwoPaths(), [new ScaleLaneCost("FC1", "SC1", 3)]);

        Assert.Equal("Total cost rises from 520 to 700 (+180, +34.6%).", result.Summary);
        Assert.Equal(
            [new FlowChange("FC1", "SC1", null, 60, 0), new FlowChange("FC1", "SC2", null, 40, 100), new FlowChange("SC1", "DS1", null, 60, 0), new FlowChange("SC2", "DS1", null, 40, 100)],
            result.LargestChanges);
        Assert.Null(result.Conflict);
    }

    [CbcFact]
    public void A_cheaper_scenario_says_the_cost_falls()
    {
        var result = analysis.Run(TestNetworks.TwoPaths(), [new SetLaneCost("FC1", "SC2", 1)]);

        Assert.Equal("Total cost falls from 520 to 440 (-80, -15.4%).", result.Summary);
    }

    [CbcFact]
    public void Edits_apply_in_order()
    {
        // Demand 110, then SC1 at 80: 80 × 4 + 30 × 7 = 530.
        var result = analysis.Run(TestNetworks.TwoPaths(), [new ScaleDemand(1.1), new SetCapacity("SC1", 80)]);

        Assert.Equal(530, result.Scenario.TotalCost!.Value, 6);
        Assert.Equal(["Demand ×1.1 at every destination", "SC1 capacity set to 80"], result.Edits);
    }

    [CbcFact]
    public void Avoiding_the_unlimited_hub_is_infeasible_and_names_what_the_other_path_lacks()
    {
        // Without SC2 everything must pass SC1 (60) and lane SC1→DS1 (80): 40 and 20 short of 100.
        var result = analysis.Run(TestNetworks.TwoPaths(), [new AvoidUse("SC2")]);

        Assert.Equal(SolveStatus.Infeasible, result.Scenario.Status);
        Assert.Null(result.CostChange);
        Assert.Empty(result.LargestChanges);
        Assert.Equal(
            ["SC1 capacity needs 40 more", "lane SC1→DS1 capacity needs 20 more"],
            result.Conflict!.Violations.Select(violation => violation.Description));
        Assert.Equal("The plan becomes infeasible: SC1 capacity needs 40 more; lane SC1→DS1 capacity needs 20 more.", result.Summary);
    }

    [CbcFact]
    public void Avoiding_the_cheap_hub_is_feasible_but_dearer()
    {
        var result = analysis.Run(TestNetworks.TwoPaths(), [new AvoidUse("SC1")]);

        Assert.Equal(180, result.CostChange!.Value, 6);
        Assert.Equal(0, result.Scenario.HubLoads.Single(load => load.Hub == "SC1").Throughput);
    }

    [CbcFact]
    public void Forbidding_a_hub_a_destination_sends_it_the_dear_way()
    {
        // DS1 from SC2 instead: 10 × (1 + 3) = 40, DS2 still 20: total 60, +20.
        var result = analysis.Run(TestNetworks.TwoStations(), [new ForbidPairs("SC1", ["DS1"])]);

        Assert.Equal(40, result.Baseline.TotalCost!.Value, 6);
        Assert.Equal(60, result.Scenario.TotalCost!.Value, 6);
        Assert.Equal("Total cost rises from 40 to 60 (+20, +50.0%).", result.Summary);
        Assert.Equal(0, result.Scenario.LaneTotal("SC1", "DS1"));
    }

    [CbcFact]
    public void An_exclusive_pair_keeps_the_hub_and_the_destination_to_each_other()
    {
        // SC1 may serve only DS2 (1 + 2 = 3 a unit, 30) and DS2 only from SC1; DS1 then comes from
        // SC2 (1 + 3 = 4 a unit, 40): 70, +30.
        var result = analysis.Run(TestNetworks.TwoStations(), [new ExclusivePair("SC1", "DS2")]);

        Assert.Equal(70, result.Scenario.TotalCost!.Value, 6);
        Assert.Equal(10, result.Scenario.LaneTotal("SC1", "DS2"), 6);
        Assert.Equal(10, result.Scenario.LaneTotal("SC2", "DS1"), 6);
        Assert.Equal([("SC1", "DS2"), ("SC2", "DS1")], result.ScenarioNetwork.Lanes.Where(lane => lane.From.StartsWith("SC", StringComparison.Ordinal)).Select(lane => (lane.From, lane.To)));
    }

    [CbcFact]
    public void A_baseline_plan_passed_in_is_used_as_it_is()
    {
        var planner = new FlowPlanner(new ContainedSolver());
        var baseline = planner.Plan(TestNetworks.TwoPaths());

        var result = analysis.Run(TestNetworks.TwoPaths(), [new SetCapacity("SC1", 80)], baseline);

        Assert.Same(baseline, result.Baseline);
    }

    [CbcFact]
    public void An_infeasible_baseline_made_feasible_says_so()
    {
        var network = TestNetworks.TwoPaths() with { Lanes = [.. TestNetworks.TwoPaths().Lanes.Take(2)] };

        var result = analysis.Run(network, [new SetCapacity("SC1", null), new SetLaneCapacity("SC1", "DS1", null)]);

        Assert.Equal("The plan becomes feasible, at a total cost of 400.", result.Summary);
    }

    [Fact]
    public void An_unknown_site_is_refused_with_the_sites_there_are()
    {
        var error = Assert.Throws<FlowNetworkError>(() => new SetCapacity("SC9", 10).Apply(TestNetworks.TwoPaths()));

        Assert.Equal("There is no site 'SC9' in two paths; sites are FC1, SC1, SC2, DS1.", error.Message);
    }

    [Fact]
    public void An_unknown_lane_is_refused_with_the_lanes_from_its_start()
    {
        var error = Assert.Throws<FlowNetworkError>(() => new CloseLane("FC1", "DS1").Apply(TestNetworks.TwoPaths()));

        Assert.Equal("There is no lane FC1→DS1; lanes from FC1 go to SC1, SC2.", error.Message);
    }

    [Fact]
    public void Closing_a_destination_is_refused_with_what_to_do_instead()
    {
        var error = Assert.Throws<FlowNetworkError>(() => new CloseSite("ds1").Apply(TestNetworks.TwoPaths()));

        Assert.Equal("DS1 is a destination; closing it would drop its demand — scale its demand to 0 instead.", error.Message);
    }

    [Fact]
    public void Scaling_an_unlimited_capacity_is_refused()
    {
        var error = Assert.Throws<FlowNetworkError>(() => new ScaleCapacity("SC2", 2).Apply(TestNetworks.TwoPaths()));

        Assert.StartsWith("SC2 has no capacity limit (it is unlimited)", error.Message, StringComparison.Ordinal);
        Assert.Throws<FlowNetworkError>(() => new ScaleLaneCapacity("FC1", "SC1", 2).Apply(TestNetworks.TwoPaths()));
    }

    [Fact]
    public void A_destination_has_no_capacity_to_set()
    {
        var error = Assert.Throws<FlowNetworkError>(() => new SetCapacity("DS1", 10).Apply(TestNetworks.TwoPaths()));

        Assert.StartsWith("DS1 is a destination; destinations have demand, not capacity.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_scale_factor_must_be_a_finite_number_above_zero(double factor)
    {
        Assert.Throws<FlowNetworkError>(() => new ScaleLaneCost("FC1", "SC1", factor).Apply(TestNetworks.TwoPaths()));
        Assert.Throws<FlowNetworkError>(() => new ScaleCapacity("SC1", factor).Apply(TestNetworks.TwoPaths()));
    }

    [Fact]
    public void Negative_capacities_and_costs_are_refused()
    {
        Assert.Throws<FlowNetworkError>(() => new SetCapacity("SC1", -1).Apply(TestNetworks.TwoPaths()));
        Assert.Throws<FlowNetworkError>(() => new SetLaneCapacity("FC1", "SC1", -1).Apply(TestNetworks.TwoPaths()));
        Assert.Throws<FlowNetworkError>(() => new SetLaneCost("FC1", "SC1", double.NaN).Apply(TestNetworks.TwoPaths()));
    }

    [Fact]
    public void Costs_capacities_demands_and_factors_beyond_any_parcel_network_are_refused_naming_them()
    {
        // Issue 12: a lane cost of 1e29 or 1e300 reached Clp and aborted the process.
        var network = TestNetworks.TwoPaths();
        var dearLane = new SetLaneCost("FC1", "SC1", 2000).Apply(network);
        var wideLane = new SetLaneCapacity("SC1", "DS1", 8e7).Apply(network);
        static string Refusal(NetworkEdit edit, FlowNetwork on) => Assert.Throws<FlowNetworkError>(() => edit.Apply(on)).Message;

        Assert.Equal("The cost per unit of lane FC1→SC1 would be 1E+29; it must be at most 1,000,000.", Refusal(new SetLaneCost("FC1", "SC1", 1e29), network));
        Assert.Equal("The factor for lane FC1→SC1's cost is 1E+25; it must be at most 1,000 (×1000 is +99,900%).", Refusal(new ScaleLaneCost("FC1", "SC1", 1e25), network));
        Assert.Equal("The cost per unit of lane FC1→SC1 would be 2,000,000; it must be at most 1,000,000.", Refusal(new ScaleLaneCost("FC1", "SC1", 1000), dearLane));
        Assert.Equal("The capacity of SC1 would be 1E+300; it must be at most 1,000,000,000.", Refusal(new SetCapacity("SC1", 1e300), network));
        Assert.Equal("The capacity of lane SC1→DS1 would be 8E+10; it must be at most 1,000,000,000.", Refusal(new ScaleLaneCapacity("SC1", "DS1", 1000), wideLane));
        Assert.Equal("The standard demand at DS1 would be 1E+27; it must be at most 1,000,000,000.", Refusal(new ScaleDemand(1e25, "DS1"), network));
    }

    [Fact]
    public void Demand_may_be_scaled_to_zero_and_is_rounded_to_whole_units_for_whole_unit_flows()
    {
        var dropped = new ScaleDemand(0, "DS1").Apply(TestNetworks.TwoPaths());
        var rounded = new ScaleDemand(1.006).Apply(TestNetworks.TwoPaths(integer: true));

        Assert.Equal(0, dropped.Destinations[0].DemandOf("standard"));
        Assert.Equal(101, rounded.Destinations[0].DemandOf("standard"));
    }

    [Fact]
    public void Forbidding_pairs_that_have_no_lane_is_refused()
    {
        var error = Assert.Throws<FlowNetworkError>(() => new ForbidPairs("SC1", ["DS9"]).Apply(TestNetworks.TwoStations()));
        Assert.Equal("There is no site 'DS9' in two stations; sites are FC1, SC1, SC2, DS1, DS2.", error.Message);

        var network = TestNetworks.TwoStations() with { Lanes = [.. TestNetworks.TwoStations().Lanes.Where(lane => lane.Name != "SC1→DS2")] };
        var none = Assert.Throws<FlowNetworkError>(() => new ForbidPairs("SC1", ["DS2"]).Apply(network));
        Assert.Equal("SC1 has no lane to DS2, so there is nothing to forbid; SC1 serves DS1.", none.Message);
    }

    [Fact]
    public void An_exclusive_pair_needs_a_lane_between_them_and_a_hub()
    {
        var network = TestNetworks.TwoStations() with { Lanes = [.. TestNetworks.TwoStations().Lanes.Where(lane => lane.Name != "SC1→DS2")] };

        Assert.StartsWith("There is no lane SC1→DS2", Assert.Throws<FlowNetworkError>(() => new ExclusivePair("SC1", "DS2").Apply(network)).Message, StringComparison.Ordinal);
        Assert.StartsWith("FC1 is an origin, not a hub", Assert.Throws<FlowNetworkError>(() => new ExclusivePair("FC1", "DS2").Apply(network)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Edits_leave_the_original_network_unchanged()
    {
        var network = TestNetworks.TwoPaths();
        var before = FlowNetworkJson.Write(network);

        _ = new CloseSite("SC1").Apply(new SetCapacity("SC1", 5).Apply(network));

        Assert.Equal(before, FlowNetworkJson.Write(network));
    }
}
