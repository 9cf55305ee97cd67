using System.Xml.Linq;

namespace Assistant.Cli.Tests;

/// <summary>`assistant eval` as CI runs it: the exit code says whether the floor was met, and a bad suite runs nothing.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly CliProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Suite(string name, string yaml)
    {
        var path = Path.Combine(_cli.Folder, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    private const string TwoCases = """
        name: mini
        today: 2026-11-22
        cases:
          - id: hist-001
            ask: "What was the volume at SEA4 last week?"
            expect:
              tools: [volume_history]
              args: {volume_history: {site: sea4, start: 2026-11-09, end: 2026-11-15}}
              answer_number: {value: 103621, tolerance: 0}
          - id: oos-001
            ask: "What's the weather in Seattle?"
            expect: {tools: none, answer_contains: ["can't"]}
        """;

    [Fact]
    public async Task A_suite_that_passes_exits_0_and_writes_junit_xml()
    {
        var junit = Path.Combine(_cli.Folder, "out", "junit.xml");
        var (code, output, error) = await _cli.RunAsync("eval", Suite("mini.yaml", TwoCases), "--report", junit, "--min-pass", "1");

        Assert.True(code == 0, output + error);
        Assert.Contains("cases passed", output);
        Assert.Contains("[2/2] pass oos-001", error);
        var root = XDocument.Load(junit).Root!;
        Assert.Equal("2", root.Attribute("tests")!.Value);
        Assert.Equal("0", root.Attribute("failures")!.Value);
    }

    [Fact]
    public async Task A_pass_rate_below_min_pass_exits_1_and_names_the_failing_case()
    {
        var failing = TwoCases.Replace("tools: none, answer_contains", "tools: [top_lanes], answer_contains", StringComparison.Ordinal);
        var (code, output, _) = await _cli.RunAsync("eval", Suite("mini.yaml", failing), "--min-pass", "0.9");

        Assert.Equal(1, code);
        Assert.Contains("FAIL oos-001: tools: top_lanes was not called (called nothing)", output);
        Assert.Contains("below --min-pass", output);
    }

    [Fact]
    public async Task A_bad_suite_exits_2_naming_the_problem_and_runs_nothing()
    {
        var bad = Suite("bad.yaml", "name: bad\ncases:\n  - id: a\n    ask: hello\n    expect: {tool: none}\n");
        var (code, output, error) = await _cli.RunAsync("eval", bad);

        Assert.Equal(2, code);
        Assert.Contains("bad.yaml:5: case 'a': expect.tool: unknown field", error);
        Assert.DoesNotContain("[1/1]", error);
        Assert.Equal("", output);
    }

    [Fact]
    public async Task A_tool_the_assistant_does_not_have_is_refused_before_any_case_runs()
    {
        var unknown = TwoCases.Replace("tools: [volume_history]", "tools: [volume_histroy]", StringComparison.Ordinal);
        var (code, _, error) = await _cli.RunAsync("eval", Suite("mini.yaml", unknown));

        Assert.Equal(2, code);
        Assert.Contains("case 'hist-001': expect: no tool is named 'volume_histroy'", error);
        Assert.DoesNotContain("[1/2]", error);
    }
}
