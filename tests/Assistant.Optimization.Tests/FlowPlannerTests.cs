using Assistant.Optimization.Network;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Tests;

public sealed class FlowPlannerTests
{
    private readonly FlowPlanner planner = new(new ContainedSolver());

    [CbcFact]
    public void The_example_network_ships_everything_along_its_only_path()
    {
        // FC1→SC1→DS1 is the only path. Standard: lanes 5 + 3, processing 3 = 11 a unit, × 20 = 220.
        // Oversize: lanes 5 + 3, processing 5 = 13 a unit, × 20 = 260. Total 480 =
        // transport 40 × 8 = 320 + processing 20 × 3 + 20 × 5 = 160. FC1 ships 40 of 150: nothing binds.
        var plan = planner.Plan(FlowNetworkJson.Load(TestNetworks.ExampleFile("example.json")));

        Assert.Equal(SolveStatus.Optimal, plan.Status);
        Assert.Null(plan.Message);
        Assert.Equal(480, plan.TotalCost!.Value, 6);
        Assert.Equal(320, plan.TransportCost!.Value, 6);
        Assert.Equal(160, plan.ProcessingCost!.Value, 6);
        Assert.Equal(20, plan.FlowOf("FC1", "SC1", "oversize"), 6);
        Assert.Equal(20, plan.FlowOf("SC1", "DS1", "standard"), 6);
        Assert.Equal(4, plan.Flows.Count);
        Assert.Empty(plan.Binding);
        var origin = Assert.Single(plan.OriginLoads);
        Assert.Equal(40, origin.Shipped, 6);
        Assert.Equal(40.0 / 150, origin.Utilisation!.Value, 9);
        var lane = plan.LaneLoads.Single(load => load.From == "SC1");
        Assert.Equal(40.0 / 500, lane.Utilisation!.Value, 9);
        var hub = Assert.Single(plan.HubLoads);
        Assert.Equal(40, hub.Throughput, 6);
        Assert.Null(hub.Utilisation);
    }

    [CbcFact]
    public void When_the_cheap_hub_saturates_the_rest_goes_the_dear_way_and_its_capacity_is_priced()
    {
        // See TestNetworks.TwoPaths: 60 × 4 + 40 × 7 = 520. One more unit of SC1 capacity moves a
        // unit from the 7 path to the 4 path: shadow price −3. Lane SC1→DS1 carries 60 of 80 (not binding).
        var plan = planner.Plan(TestNetworks.TwoPaths());

        Assert.Equal(SolveStatus.Optimal, plan.Status);
        Assert.Equal(520, plan.TotalCost!.Value, 6);
        Assert.Equal(60 * 3 + 40 * 5, plan.TransportCost!.Value, 6);
        Assert.Equal(60 * 1 + 40 * 2, plan.ProcessingCost!.Value, 6);
        Assert.Equal(60, plan.LaneTotal("SC1", "DS1"), 6);
        Assert.Equal(40, plan.LaneTotal("SC2", "DS1"), 6);
        var binding = Assert.Single(plan.Binding);
        Assert.Equal("SC1 capacity", binding.Constraint);
        Assert.Equal(-3, binding.ShadowPrice!.Value, 6);
        Assert.Equal("SC1 capacity is at its limit of 60 packages; one more would save 3 in cost.", Assert.Single(plan.BindingNotes));
        Assert.Equal(1.0, plan.HubLoads.Single(load => load.Hub == "SC1").Utilisation!.Value, 9);
    }

    [CbcFact]
    public void Whole_unit_flows_are_priced_from_the_LP_relaxation_when_it_costs_the_same()
    {
        // The two-path LP already has a whole optimum (520), so its duals price the integer plan too.
        var plan = planner.Plan(TestNetworks.TwoPaths(integer: true));

        Assert.Equal(SolveStatus.Optimal, plan.Status);
        Assert.Equal(520, plan.TotalCost!.Value, 6);
        Assert.Equal(-3, Assert.Single(plan.Binding).ShadowPrice!.Value, 6);
    }

    [CbcFact]
    public void A_fractional_lane_capacity_costs_more_with_whole_units_than_with_continuous_flow()
    {
        // DS1 wants 20. Direct lane FC1→DS1 costs 1 and holds 10.5; FC1→SC1→DS1 costs 2 + 0 + 2 = 4.
        // Continuous: 10.5 × 1 + 9.5 × 4 = 48.5. Whole units: 10 × 1 + 10 × 4 = 50, and the LP
        // relaxation (48.5) is cheaper, so no shadow price is claimed for the integer plan.
        FlowNetwork Network(bool integer) => new(
            "fractional", "packages", integer, ["standard"],
            [new FlowOrigin("FC1", null)],
            [TestNetworks.Hub("SC1", null, ("standard", 0))],
            [TestNetworks.Destination("DS1", ("standard", 20))],
            [new FlowLane("FC1", "DS1", 1, 10.5), new FlowLane("FC1", "SC1", 2, null), new FlowLane("SC1", "DS1", 2, null)]);

        var continuous = planner.Plan(Network(integer: false));
        var whole = planner.Plan(Network(integer: true));

        Assert.Equal(48.5, continuous.TotalCost!.Value, 6);
        Assert.Equal(10.5, continuous.LaneTotal("FC1", "DS1"), 6);
        Assert.Equal(-3, Assert.Single(continuous.Binding).ShadowPrice!.Value, 6);
        Assert.Equal(50, whole.TotalCost!.Value, 6);
        Assert.Equal(10, whole.LaneTotal("FC1", "DS1"), 6);
        Assert.Empty(whole.Binding);
    }

    [CbcFact]
    public void A_binding_origin_shows_its_shadow_price_across_classes()
    {
        // FC1 (cost 1 to SC1) holds 30; FC2 (cost 4) is unlimited; DS1 wants 20 standard + 20 oversize
        // from SC1 (lane 1, processing 0). 30 from FC1, 10 from FC2: 30 × 2 + 10 × 5 = 110.
        // One more unit at FC1 saves 4 − 1 = 3.
        var network = new FlowNetwork(
            "two origins", "packages", false, ["standard", "oversize"],
            [new FlowOrigin("FC1", 30), new FlowOrigin("FC2", null)],
            [TestNetworks.Hub("SC1", null, ("standard", 0), ("oversize", 0))],
            [TestNetworks.Destination("DS1", ("standard", 20), ("oversize", 20))],
            [new FlowLane("FC1", "SC1", 1, null), new FlowLane("FC2", "SC1", 4, null), new FlowLane("SC1", "DS1", 1, null)]);

        var plan = planner.Plan(network);

        Assert.Equal(110, plan.TotalCost!.Value, 6);
        var binding = Assert.Single(plan.Binding);
        Assert.Equal("FC1 supply", binding.Constraint);
        Assert.Equal(-3, binding.ShadowPrice!.Value, 6);
        Assert.Equal("FC1 supply is at its limit of 30 packages; one more would save 3 in cost.", Assert.Single(plan.BindingNotes));
    }

    [CbcFact]
    public void An_origin_too_small_for_the_demand_is_infeasible_and_the_conflict_names_its_supply()
    {
        // The example with demand 100 + 90 = 190 against FC1's 150: 40 more supply is the least fix.
        var example = FlowNetworkJson.Load(TestNetworks.ExampleFile("example.json"));
        var network = example with { Destinations = [TestNetworks.Destination("DS1", ("standard", 100), ("oversize", 90))] };

        var plan = planner.Plan(network);

        Assert.Equal(SolveStatus.Infeasible, plan.Status);
        Assert.False(plan.HasPlan);
        Assert.Empty(plan.Flows);
        var violation = Assert.Single(plan.Conflict!.Violations);
        Assert.Equal("FC1 supply", violation.Constraint);
        Assert.Equal(40, violation.Amount, 6);
        Assert.Equal("No plan meets every demand: FC1 supply needs 40 more.", plan.Message);
    }

    [CbcFact]
    public void A_destination_no_lane_reaches_is_reported_short_by_its_demand()
    {
        // No capacity can help DS2 (no lane into it), so its demand is what must give way.
        var network = TestNetworks.TwoPaths() with
        {
            Destinations = [TestNetworks.Destination("DS1", ("standard", 100)), TestNetworks.Destination("DS2", ("standard", 25))],
        };

        var plan = planner.Plan(network);

        Assert.Equal(SolveStatus.Infeasible, plan.Status);
        var violation = Assert.Single(plan.Conflict!.Violations);
        Assert.Equal("DS2 standard demand is 25 short", violation.Description);
    }

    [CbcFact]
    public void The_planner_refuses_a_network_built_in_code_with_the_loaders_rules()
    {
        var network = TestNetworks.TwoPaths() with { Lanes = [new FlowLane("FC1", "SC9", 1, null)] };

        var error = Assert.Throws<FlowNetworkError>(() => planner.Plan(network));

        Assert.Contains("lanes[0].to", error.Message, StringComparison.Ordinal);
        Assert.Contains("'SC9'", error.Message, StringComparison.Ordinal);
    }

    [CbcFact]
    public void Both_example_files_load_and_solve_to_optimal()
    {
        foreach (var name in new[] { "example.json", "three-region.json" })
        {
            var plan = planner.Plan(FlowNetworkJson.Load(TestNetworks.ExampleFile(name)));
            Assert.Equal(SolveStatus.Optimal, plan.Status);
        }
    }

    [CbcFact]
    public void The_three_region_example_presses_against_some_capacities()
    {
        var network = FlowNetworkJson.Load(TestNetworks.ExampleFile("three-region.json"));

        var plan = planner.Plan(network);

        Assert.Equal(3, network.Origins.Count);
        Assert.Equal(6, network.Destinations.Count);
        Assert.Equal(21, network.Lanes.Count);
        Assert.NotEmpty(plan.Binding);
        Assert.All(plan.Flows, flow => Assert.Equal(Math.Round(flow.Quantity), flow.Quantity));
        Assert.Equal(1950, plan.Flows.Where(flow => flow.To.StartsWith("DS", StringComparison.Ordinal)).Sum(flow => flow.Quantity), 6);
    }
}
