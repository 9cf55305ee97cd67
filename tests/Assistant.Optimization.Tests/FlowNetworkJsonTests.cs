using System.Text.Json.Nodes;
using Assistant.Optimization.Network;
using Assistant.Optimization.Solving;

namespace Assistant.Optimization.Tests;

public sealed class FlowNetworkJsonTests
{
    private const string Example = """
        {"name": "example", "unit": "packages", "integer_flows": true,
         "classes": ["standard", "oversize"],
         "origins": [{"id": "FC1", "capacity": 150}],
         "hubs": [{"id": "SC1", "processing_cost": {"standard": 3, "oversize": 5}, "capacity": null}],
         "destinations": [{"id": "DS1", "demand": {"standard": 20, "oversize": 20}}],
         "lanes": [{"from": "FC1", "to": "SC1", "cost_per_unit": 5},
                   {"from": "SC1", "to": "DS1", "cost_per_unit": 3, "capacity": 500}]}
        """;

    [Fact]
    public void The_example_reads_with_every_field_in_place()
    {
        var network = FlowNetworkJson.Parse(Example, "example.json");

        Assert.Equal("example", network.Name);
        Assert.Equal("packages", network.Unit);
        Assert.True(network.IntegerFlows);
        Assert.Equal(["standard", "oversize"], network.Classes);
        Assert.Equal(new FlowOrigin("FC1", 150), Assert.Single(network.Origins));
        var hub = Assert.Single(network.Hubs);
        Assert.Null(hub.Capacity);
        Assert.Equal(5, hub.CostOf("oversize"));
        Assert.Equal(20, Assert.Single(network.Destinations).DemandOf("standard"));
        Assert.Equal(new FlowLane("FC1", "SC1", 5, null), network.Lanes[0]);
        Assert.Equal(new FlowLane("SC1", "DS1", 3, 500), network.FindLane("sc1", "ds1"));
        Assert.Equal(FlowSiteKind.Hub, network.KindOf("sc1"));
        Assert.Null(network.KindOf("SC9"));
        Assert.Equal(["FC1", "SC1", "DS1"], network.SiteIds);
    }

    [Fact]
    public void Written_json_reads_back_equal()
    {
        var network = FlowNetworkJson.Load(TestNetworks.ExampleFile("three-region.json"));

        var again = FlowNetworkJson.Parse(FlowNetworkJson.Write(network));

        Assert.Equal(network, again);
        Assert.NotEqual(network, again with { Lanes = [.. again.Lanes.Skip(1)] });
    }

    [Fact]
    public void Unit_and_integer_flows_have_defaults_and_unknown_properties_are_ignored()
    {
        var json = Mutate(root =>
        {
            root.Remove("unit");
            root.Remove("integer_flows");
            root["notes"] = "from the planning team";
            root["lanes"]![0]!["comment"] = "linehaul";
        });

        var network = FlowNetworkJson.Parse(json);

        Assert.Equal("units", network.Unit);
        Assert.False(network.IntegerFlows);
    }

    [Fact]
    public void Ids_and_classes_in_another_case_are_kept_as_declared()
    {
        var network = FlowNetworkJson.Parse(Mutate(root =>
        {
            root["lanes"]![0]!["from"] = "fc1";
            root["destinations"]![0]!["demand"] = new JsonObject { ["STANDARD"] = 20 };
        }));

        Assert.Equal("FC1", network.Lanes[0].From);
        Assert.Equal("standard", Assert.Single(network.Destinations[0].Demand).Key);
    }

    [Fact]
    public void Invalid_json_is_refused_with_its_line_and_position()
    {
        var error = Assert.Throws<FlowNetworkError>(() => FlowNetworkJson.Parse("{\"name\": \"x\",\n  \"classes\": [,]}", "bad.json"));

        Assert.StartsWith("bad.json, line 2, position 15: this is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("classes")]
    [InlineData("origins")]
    [InlineData("hubs")]
    [InlineData("destinations")]
    [InlineData("lanes")]
    public void A_missing_top_level_field_is_refused_by_name(string field)
    {
        Assert.Equal($"example.json, {field}: is missing; a network file needs \"{field}\".", Refusal(root => root.Remove(field)));
    }

    [Theory]
    [InlineData("origins", 0, "id")]
    [InlineData("hubs", 0, "id")]
    [InlineData("hubs", 0, "processing_cost")]
    [InlineData("destinations", 0, "id")]
    [InlineData("destinations", 0, "demand")]
    [InlineData("lanes", 1, "from")]
    [InlineData("lanes", 1, "to")]
    [InlineData("lanes", 1, "cost_per_unit")]
    public void A_missing_field_of_an_item_is_refused_at_its_place(string list, int index, string field)
    {
        var message = Refusal(root => ((JsonObject)root[list]![index]!).Remove(field));

        Assert.Equal($"example.json, {list}[{index}].{field}: is missing; {list}[{index}] needs \"{field}\".", message);
    }

    [Fact]
    public void A_lane_to_an_unknown_site_is_refused_with_the_sites_there_are()
    {
        Assert.Equal(
            "example.json, lanes[1].to: 'DS9' is not a site of this network; sites are FC1, SC1, DS1.",
            Refusal(root => root["lanes"]![1]!["to"] = "DS9"));
    }

    [Fact]
    public void An_unknown_class_in_demand_is_refused()
    {
        Assert.Equal(
            "example.json, destinations[0].demand.express: 'express' is not one of the classes (standard, oversize).",
            Refusal(root => root["destinations"]![0]!["demand"]!["express"] = 4));
    }

    [Fact]
    public void An_unknown_class_in_processing_cost_is_refused()
    {
        Assert.Contains(
            "hubs[0].processing_cost.express: 'express' is not one of the classes",
            Refusal(root => root["hubs"]![0]!["processing_cost"]!["express"] = 4), StringComparison.Ordinal);
    }

    [Fact]
    public void A_hub_without_a_cost_for_a_class_is_refused_naming_the_class()
    {
        Assert.Equal(
            "example.json, hubs[0].processing_cost: hub SC1 has no processing cost for class oversize; give one for every class (standard, oversize), 0 if processing is free.",
            Refusal(root => ((JsonObject)root["hubs"]![0]!["processing_cost"]!).Remove("oversize")));
    }

    [Theory]
    [InlineData("destinations", 0, "demand.standard", "demand")]
    [InlineData("origins", 0, "capacity", "capacity")]
    [InlineData("lanes", 1, "capacity", "capacity")]
    [InlineData("lanes", 0, "cost_per_unit", "cost")]
    [InlineData("hubs", 0, "processing_cost.oversize", "cost")]
    public void A_negative_amount_is_refused(string list, int index, string path, string what)
    {
        var message = Refusal(root =>
        {
            var item = root[list]![index]!;
            var parts = path.Split('.');
            (parts.Length == 1 ? item : item[parts[0]]!)[parts[^1]] = -5;
        });

        Assert.Equal($"example.json, {list}[{index}].{path}: is -5; a {what} cannot be negative.", message);
    }

    [Theory]
    [InlineData("lanes", 0, "cost_per_unit", 1e300, "1E+300; a cost must be at most 1,000,000")]
    [InlineData("hubs", 0, "processing_cost.oversize", 1e29, "1E+29; a cost must be at most 1,000,000")]
    [InlineData("destinations", 0, "demand.standard", 2e9, "2E+09; a demand must be at most 1,000,000,000")]
    [InlineData("origins", 0, "capacity", 1e25, "1E+25; a capacity must be at most 1,000,000,000")]
    [InlineData("lanes", 1, "capacity", 1.5e9, "1.5E+09; a capacity must be at most 1,000,000,000")]
    public void An_amount_beyond_any_parcel_network_is_refused_at_its_place(string list, int index, string path, double value, string problem)
    {
        // Issue 12: a cost of 1e300 in a file reached Clp, whose assertion on objective
        // coefficients of 1e25 aborted the process that read the file.
        var message = Refusal(root =>
        {
            var item = root[list]![index]!;
            var parts = path.Split('.');
            (parts.Length == 1 ? item : item[parts[0]]!)[parts[^1]] = value;
        });

        Assert.Equal($"example.json, {list}[{index}].{path}: is {problem}.", message);
    }

    [CbcFact]
    public void The_largest_amounts_allowed_still_plan()
    {
        var network = FlowNetworkJson.Parse("""
            {"name": "edge", "classes": ["standard"],
             "origins": [{"id": "FC1", "capacity": 1000000000}],
             "hubs": [{"id": "SC1", "processing_cost": {"standard": 1000000}}],
             "destinations": [{"id": "DS1", "demand": {"standard": 1000000000}}],
             "lanes": [{"from": "FC1", "to": "SC1", "cost_per_unit": 1000000}, {"from": "SC1", "to": "DS1", "cost_per_unit": 0}]}
            """, "edge.json");

        var plan = new FlowPlanner(new ContainedSolver()).Plan(network);

        Assert.Equal(SolveStatus.Optimal, plan.Status);
        Assert.Equal(2e15, plan.TotalCost!.Value, 0);
    }

    [Fact]
    public void Not_a_number_is_refused()
    {
        Assert.Equal(
            "example.json, origins[0].capacity: is \"NaN\"; it must be a finite number.",
            Refusal(root => root["origins"]![0]!["capacity"] = "NaN"));
    }

    [Fact]
    public void A_number_of_the_wrong_type_is_refused()
    {
        Assert.Equal(
            "example.json, lanes[0].cost_per_unit: must be a number, not the string \"cheap\".",
            Refusal(root => root["lanes"]![0]!["cost_per_unit"] = "cheap"));
    }

    [Fact]
    public void An_id_used_twice_across_sites_is_refused()
    {
        Assert.Equal(
            "example.json, hubs[0].id: 'FC1' is already the id at origins[0].id; every site (origin, hub or destination) needs its own id.",
            Refusal(root => root["hubs"]![0]!["id"] = "FC1"));
    }

    [Fact]
    public void A_lane_given_twice_is_refused()
    {
        Assert.Equal(
            "example.json, lanes[2]: FC1→SC1 is already lanes[0]; give each lane once.",
            Refusal(root => ((JsonArray)root["lanes"]!).Add(new JsonObject { ["from"] = "FC1", ["to"] = "sc1", ["cost_per_unit"] = 1 })));
    }

    [Fact]
    public void A_lane_into_an_origin_is_refused()
    {
        Assert.Equal(
            "example.json, lanes[2].to: FC1 is an origin; lanes may not go into an origin.",
            Refusal(root => ((JsonArray)root["lanes"]!).Add(new JsonObject { ["from"] = "SC1", ["to"] = "FC1", ["cost_per_unit"] = 1 })));
    }

    [Fact]
    public void A_lane_out_of_a_destination_is_refused()
    {
        Assert.Equal(
            "example.json, lanes[2].from: DS1 is a destination; lanes may not leave a destination.",
            Refusal(root => ((JsonArray)root["lanes"]!).Add(new JsonObject { ["from"] = "DS1", ["to"] = "SC1", ["cost_per_unit"] = 1 })));
    }

    [Fact]
    public void Empty_classes_are_refused()
    {
        Assert.Equal(
            "example.json, classes: is empty; list at least one class of goods, e.g. [\"standard\"].",
            Refusal(root => root["classes"] = new JsonArray()));
    }

    [Fact]
    public void Fractional_demand_with_whole_unit_flows_is_refused()
    {
        Assert.Equal(
            "example.json, destinations[0].demand.standard: is 2.5, but integer_flows is true: demand must be whole packages.",
            Refusal(root => root["destinations"]![0]!["demand"]!["standard"] = 2.5));
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_refused_with_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-network-{Guid.NewGuid():N}.json");

        var error = Assert.Throws<FlowNetworkError>(() => FlowNetworkJson.Load(path));

        Assert.StartsWith($"{path}: the network file cannot be read", error.Message, StringComparison.Ordinal);
    }

    private static string Mutate(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Example)!.AsObject();
        change(root);
        return root.ToJsonString();
    }

    private static string Refusal(Action<JsonObject> change)
    {
        var json = Mutate(change);
        return Assert.Throws<FlowNetworkError>(() => FlowNetworkJson.Parse(json, "example.json")).Message;
    }
}
