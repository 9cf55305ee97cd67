using System.Text.Json.Nodes;
using System.Xml.Linq;
using Assistant.Agent.Evaluation;
using Assistant.Agent.Loop;

namespace Assistant.Agent.Tests;

/// <summary>Each check of an evaluation run, pass^k, and the JUnit report's shape, on answers built by hand.</summary>
public sealed class EvalChecksTests
{
    private const string VolumeResult = """{"total_packages":103621,"average_packages_per_day":14803,"change_vs_previous_period_pct":0.8}""";

    private static AgentAnswer Answer(string text, params ToolCallTrace[] calls) =>
        new(text, calls, TokenUsage.None, 12, 1, false, "test");

    private static ToolCallTrace Call(string tool, string arguments, string result = VolumeResult, ToolCallOutcome outcome = ToolCallOutcome.Ok) =>
        new("c1", tool, arguments, result, outcome, 3);

    private static EvalExpectation Expect(
        IReadOnlyList<string>? tools = null, bool none = false, Dictionary<string, IReadOnlyList<JsonObject>>? args = null,
        IReadOnlyList<string>? contains = null, EvalNumber? number = null) =>
        new(tools ?? [], none, args ?? [], contains ?? [], [], number);

    private static readonly AgentAnswer SeaLastWeek = Answer(
        "**Seattle sort center** handled **103,621 packages**, 14,803 a day, +0.8%.",
        Call("volume_history", """{"site":"SEA4","start":"2026-11-09","end":"2026-11-15"}"""));

    [Fact]
    public void The_tools_check_passes_when_every_expected_tool_was_called_successfully()
    {
        Assert.True(EvalChecks.Tools(Expect(["volume_history"]), SeaLastWeek)!.Passed);
        var missing = EvalChecks.Tools(Expect(["volume_history", "top_lanes"]), SeaLastWeek)!;
        Assert.False(missing.Passed);
        Assert.Equal("top_lanes was not called (called volume_history)", missing.Reason);
    }

    [Fact]
    public void A_tool_called_with_an_error_does_not_count_as_called()
    {
        var failed = Answer("no", Call("volume_history", """{"site":"XYZ9"}""", """{"error":"There is no site XYZ9."}""", ToolCallOutcome.InputError));
        var check = EvalChecks.Tools(Expect(["volume_history"]), failed)!;
        Assert.False(check.Passed);
        Assert.Contains("volume_history failed (InputError: There is no site XYZ9.)", check.Reason);
    }

    [Fact]
    public void Tools_none_passes_only_when_no_tool_was_called()
    {
        Assert.True(EvalChecks.Tools(Expect(none: true), Answer("I can't answer that one."))!.Passed);
        var check = EvalChecks.Tools(Expect(none: true), SeaLastWeek)!;
        Assert.False(check.Passed);
        Assert.Equal("expected no tool call, called volume_history", check.Reason);
    }

    [Fact]
    public void Arguments_match_as_a_subset_with_strings_ignoring_case_and_numbers_by_value()
    {
        var args = new Dictionary<string, IReadOnlyList<JsonObject>> { ["volume_history"] = [new JsonObject { ["site"] = "sea4", ["start"] = "2026-11-09" }] };
        Assert.True(EvalChecks.Args(Expect(args: args), SeaLastWeek).Passed);

        var whatIf = Answer("x", Call("what_if", """{"changes":[{"kind":"scale_demand","site":"DS1","factor":1.20}]}"""));
        var changes = new Dictionary<string, IReadOnlyList<JsonObject>>
        {
            ["what_if"] = [new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["site"] = "ds1", ["factor"] = "1.2" }) }],
        };
        Assert.True(EvalChecks.Args(Expect(args: changes), whatIf).Passed);
    }

    [Fact]
    public void A_differing_or_missing_argument_fails_with_what_differs()
    {
        var wrong = new Dictionary<string, IReadOnlyList<JsonObject>> { ["volume_history"] = [new JsonObject { ["site"] = "PDX2" }] };
        var check = EvalChecks.Args(Expect(args: wrong), SeaLastWeek);
        Assert.False(check.Passed);
        Assert.StartsWith("volume_history: site is SEA4, expected PDX2", check.Reason);

        var missing = new Dictionary<string, IReadOnlyList<JsonObject>> { ["volume_history"] = [new JsonObject { ["region"] = "WEST" }] };
        Assert.StartsWith("volume_history: region is missing", EvalChecks.Args(Expect(args: missing), SeaLastWeek).Reason);
    }

    [Fact]
    public void Answer_contains_ignores_case_and_names_the_missing_text()
    {
        Assert.True(EvalChecks.Answer(Expect(contains: ["seattle SORT center"]), SeaLastWeek.Text)!.Passed);
        var check = EvalChecks.Answer(Expect(contains: ["Portland"]), SeaLastWeek.Text)!;
        Assert.False(check.Passed);
        Assert.StartsWith("the answer does not contain \"Portland\"", check.Reason);
    }

    [Fact]
    public void Answer_number_passes_within_its_relative_tolerance_and_fails_outside_it()
    {
        Assert.True(EvalChecks.Answer(Expect(number: new EvalNumber(103621, 0)), SeaLastWeek.Text)!.Passed);
        Assert.True(EvalChecks.Answer(Expect(number: new EvalNumber(104000, 0.01)), SeaLastWeek.Text)!.Passed);
        var check = EvalChecks.Answer(Expect(number: new EvalNumber(110000, 0.01)), SeaLastWeek.Text)!;
        Assert.False(check.Passed);
        Assert.Contains("states no number within 1.0 % of 110000 (nearest 103621)", check.Reason);
    }

    [Fact]
    public void Groundedness_flags_a_number_no_tool_of_that_turn_returned()
    {
        Assert.True(EvalChecks.Grounded([new EvalTurn("q", SeaLastWeek)]).Passed);
        var invented = Answer("SEA4 handled 103,621 packages and will get 120,000 next week.", Call("volume_history", "{}"));
        var check = EvalChecks.Grounded([new EvalTurn("q1", SeaLastWeek), new EvalTurn("q2", invented)]);
        Assert.False(check.Passed);
        Assert.Equal("turn 2: numbers no tool returned: 120,000", check.Reason);
    }

    [Fact]
    public void A_check_the_case_does_not_ask_for_is_left_out_of_the_run()
    {
        var checks = EvalChecks.Run(Expect(), [new EvalTurn("q", SeaLastWeek)]);
        Assert.Equal([EvalCheck.GroundedCheck], checks.Select(c => c.Name));
    }

    [Fact]
    public void Pass_pow_k_counts_a_case_only_when_all_its_runs_passed()
    {
        var pass = new EvalRun(1, [new EvalTurn("q", SeaLastWeek)], [EvalCheck.Pass(EvalCheck.ToolsCheck)]);
        var fail = pass with { Attempt = 2, Checks = [EvalCheck.Fail(EvalCheck.ToolsCheck, "top_lanes was not called")] };
        var evalCase = new EvalCase("a", ["q"], EvalExpectation.Nothing);
        var metrics = EvalMetrics.From([
            new EvalCaseResult("s", "s.yaml", evalCase, [pass, pass]),
            new EvalCaseResult("s", "s.yaml", evalCase with { Id = "b" }, [pass, fail]),
        ]);

        Assert.Equal(0.5, metrics.PassPowK);
        Assert.Equal(0.75, metrics.PassAt1);
        Assert.Equal(new Share(3, 4), metrics.ToolSelection);
        Assert.Equal(2, metrics.Repeat);
    }

    [Fact]
    public void Latency_percentiles_are_nearest_rank()
    {
        double[] values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
        Assert.Equal(50, EvalMetrics.Percentile(values, 0.5));
        Assert.Equal(100, EvalMetrics.Percentile(values, 0.95));
        Assert.Equal(0, EvalMetrics.Percentile([], 0.5));
    }

    [Fact]
    public void The_junit_report_has_a_testsuite_per_suite_and_a_failure_with_the_reason()
    {
        var pass = new EvalRun(1, [new EvalTurn("q", SeaLastWeek)], [EvalCheck.Pass(EvalCheck.ToolsCheck)]);
        var fail = pass with { Checks = [EvalCheck.Fail(EvalCheck.ToolsCheck, "top_lanes was not called")] };
        var report = new EvalReport("offline", DateTimeOffset.UnixEpoch, 1.5, ["a.yaml", "b.yaml"],
        [
            new EvalCaseResult("network", "a.yaml", new EvalCase("hist-001", ["q"], EvalExpectation.Nothing), [pass]),
            new EvalCaseResult("network", "a.yaml", new EvalCase("hist-002", ["q"], EvalExpectation.Nothing), [fail]),
            new EvalCaseResult("defects", "b.yaml", new EvalCase("risk-001", ["q"], EvalExpectation.Nothing), [pass]),
        ]);

        var root = XDocument.Parse(EvalJUnitReport.Render(report)).Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal("3", root.Attribute("tests")!.Value);
        Assert.Equal("1", root.Attribute("failures")!.Value);
        var network = root.Elements("testsuite").Single(s => s.Attribute("name")!.Value == "network");
        Assert.Equal("2", network.Attribute("tests")!.Value);
        var failed = network.Elements("testcase").Single(c => c.Attribute("name")!.Value == "hist-002");
        Assert.Equal("network", failed.Attribute("classname")!.Value);
        Assert.Equal("tools: top_lanes was not called", failed.Element("failure")!.Attribute("message")!.Value);
        Assert.Null(network.Elements("testcase").Single(c => c.Attribute("name")!.Value == "hist-001").Element("failure"));
    }
}
