using Assistant.Core;
using Assistant.Optimization.Solving;
using Assistant.Plugins.Capacity;

namespace Assistant.Plugins.Tests;

/// <summary>
/// The capacity tools on the example network file, worked by hand, and on the demo
/// network in a real SQLite store, all solved by the real CBC.
/// </summary>
public sealed class CapacityPluginTests : IClassFixture<DemoStore>, IDisposable
{
    // example.json: FC1 (capacity 150) → SC1 (processing 3 standard, 5 oversize) → DS1 (20 + 20);
    // lanes FC1→SC1 at 5 and SC1→DS1 at 3. Every package takes the only route:
    // standard 20 × (5 + 3 + 3) = 220, oversize 20 × (5 + 5 + 3) = 260, total 480.
    private const string Example = "example.json";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "assistant-tests", Guid.NewGuid().ToString("N"));
    private readonly DemoStore _demo;
    private readonly CapacityPlugin _plugin;
    private readonly NetworkFiles _files;

    public CapacityPluginTests(DemoStore demo)
    {
        _demo = demo;
        _files = new NetworkFiles(_folder, Path.Combine(AppContext.BaseDirectory, "examples", "networks"));
        _plugin = new CapacityPlugin(demo.Store, _files, demo.Forecasts, new ContainedSolver());
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_example_network_is_planned_at_its_hand_computed_cost()
    {
        var plan = await _plugin.PlanNetwork(Example);

        Assert.True(plan.Feasible);
        Assert.Equal(480, plan.TotalCost!.Value, 6);
        Assert.Equal(320, plan.TransportCost!.Value, 6);   // 40 × 5 + 40 × 3
        Assert.Equal(160, plan.ProcessingCost!.Value, 6);   // 20 × 3 + 20 × 5
        Assert.Equal(40, plan.TotalDemand);
        Assert.Equal(40, Assert.Single(plan.Hubs).Volume);
    }

    [Fact]
    public async Task Demand_half_as_high_again_costs_half_as_much_again()
    {
        var outcome = await _plugin.WhatIf([new WhatIfChange("scale_demand", "DS1", Factor: 1.5)], Example);

        Assert.True(outcome.Feasible);
        Assert.Equal(480, outcome.BaselineCost!.Value, 6);
        Assert.Equal(720, outcome.NewCost!.Value, 6);
        Assert.Equal(240, outcome.CostChange!.Value, 6);
        Assert.Equal(50, outcome.CostChangePct!.Value, 6);
    }

    [Fact]
    public async Task A_new_lane_cost_changes_the_total_by_the_difference_times_the_flow()
    {
        // 40 packages on FC1→SC1, now 7 instead of 5: +80.
        var outcome = await _plugin.WhatIf([new WhatIfChange("set_cost", "FC1", "SC1", Value: 7)], Example);

        Assert.Equal(560, outcome.NewCost!.Value, 6);
        Assert.Equal(80, outcome.CostChange!.Value, 6);
    }

    [Fact]
    public async Task A_lane_named_backwards_is_the_same_lane()
    {
        var outcome = await _plugin.WhatIf([new WhatIfChange("add_cost", "SC1", "FC1", Value: 1)], Example);

        Assert.Equal(520, outcome.NewCost!.Value, 6);
    }

    [Fact]
    public async Task Too_little_supply_is_explained_by_how_much_more_is_needed()
    {
        var outcome = await _plugin.WhatIf([new WhatIfChange("set_capacity", "FC1", Value: 30)], Example);

        Assert.False(outcome.Feasible);
        Assert.Null(outcome.NewCost);
        var conflict = Assert.Single(outcome.Conflict);
        Assert.Contains("FC1", conflict, StringComparison.Ordinal);
        Assert.Contains("10", conflict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_why_the_plan_uses_its_only_origin_says_there_is_no_plan_without_it()
    {
        var explanation = await _plugin.ExplainPlan("FC1", network: Example);

        Assert.Equal(40, explanation.VolumeThroughSubject);
        Assert.NotNull(explanation.Without);
        Assert.False(explanation.Without!.Feasible);
        Assert.Contains("needs FC1", explanation.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_of_unknown_kind_is_refused_with_the_kinds_there_are()
    {
        var error = await Assert.ThrowsAsync<InputError>(() => _plugin.WhatIf([new WhatIfChange("teleport", "DS1")], Example));

        Assert.Contains("teleport", error.Message, StringComparison.Ordinal);
        Assert.Contains("scale_demand", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_to_a_capacity_that_has_no_limit_is_refused()
    {
        var error = await Assert.ThrowsAsync<InputError>(() => _plugin.WhatIf([new WhatIfChange("add_capacity", "SC1", Value: 10)], Example));

        Assert.Contains("no capacity limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_network_file_that_does_not_exist_is_named_back()
    {
        var error = await Assert.ThrowsAsync<InputError>(() => _plugin.PlanNetwork("nowhere.json"));

        Assert.Contains("nowhere.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(Example, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_network_is_refused_and_nothing_is_kept()
    {
        var error = Assert.Throws<InputError>(() => _files.Save("broken.json", """{"name": "x", "classes": ["a"]"""));

        Assert.Contains("broken.json", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "broken.json")));
        Assert.DoesNotContain("broken.json", _files.List());
    }

    [Fact]
    public void An_uploaded_network_is_kept_and_listed_under_its_bare_name_only()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "networks", Example));

        var path = Assert.Throws<InputError>(() => _files.Save("../mine.json", json));
        Assert.Equal("mine.json", _files.Save("mine.json", json));

        Assert.Contains("named by its file name alone", path.Message);
        Assert.Equal(["mine.json"], Directory.GetFiles(_folder).Select(Path.GetFileName));
        Assert.True(File.Exists(Path.Combine(_folder, "mine.json")));
        Assert.Contains("mine.json", _files.List());
        Assert.Equal("example", _files.Load("mine.json").Name);
    }

    [Fact]
    public async Task The_store_network_is_planned_from_what_the_stations_received()
    {
        var plan = await _plugin.PlanNetwork(start: "2026-11-09", end: "2026-11-15");

        var received = 0L;
        foreach (var total in await _demo.Store.GetLaneTotalsAsync(new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 15)))
        {
            var lane = _demo.Data.Lanes.Single(l => l.Id == total.LaneId);
            if (_demo.Data.Sites.Single(s => s.Code == lane.Destination).Kind == Core.Network.SiteKind.DeliveryStation)
            {
                received += total.Packages;
            }
        }

        Assert.True(plan.Feasible, plan.Message);
        Assert.Equal(received, plan.TotalDemand, 0);
        Assert.Equal(10, plan.Hubs.Count);
        Assert.All(plan.Hubs, h => Assert.InRange(h.UtilisationPct!.Value, 0, 100));
        Assert.NotEmpty(plan.Assumptions);
        Assert.True(plan.TotalCost > 0);
    }

    [Fact]
    public async Task Closing_a_sort_center_of_the_store_network_never_makes_the_plan_cheaper()
    {
        var outcome = await _plugin.WhatIf([new WhatIfChange("close", "SEA4")]);

        Assert.True(outcome.Feasible, outcome.Summary);
        Assert.True(outcome.CostChange >= -0.01, outcome.Summary);
        Assert.DoesNotContain(outcome.LargestChanges, c => c.After > 0 && (c.From == "SEA4" || c.To == "SEA4"));
    }
}
