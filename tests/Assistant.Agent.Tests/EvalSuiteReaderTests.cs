using Assistant.Agent.Evaluation;
using Assistant.Core;

namespace Assistant.Agent.Tests;

/// <summary>The YAML suite reader: what it reads, and that a bad suite is refused whole with every problem located.</summary>
public sealed class EvalSuiteReaderTests
{
    private const string File = "evals/basics.yaml";

    [Fact]
    public void A_suite_reads_turns_tools_arguments_answer_checks_and_today()
    {
        var suite = EvalSuiteReader.ReadText("""
            name: basics
            today: 2026-11-22
            cases:
              - id: hist-001
                ask: "What was the volume at SEA4 last week?"
                expect:
                  tools: [volume_history]
                  args: {volume_history: {site: SEA4, start: 2026-11-09}}
                  answer_contains: ["Seattle"]
                  answer_number: {value: 103621, tolerance: 0.01}
              - id: follow-001
                ask: ["volume at SEA4 last week", "and for PDX2?"]
                expect: {tools: none, grounded: false}
            """, File);

        Assert.Equal("basics", suite.Name);
        Assert.Equal(new DateOnly(2026, 11, 22), suite.Today);
        var first = suite.Cases[0];
        Assert.Equal(["volume_history"], first.Expect.Tools);
        Assert.Equal("SEA4", first.Expect.Args["volume_history"][0]["site"]!.ToString());
        Assert.Equal(new EvalNumber(103621, 0.01), first.Expect.AnswerNumber);
        Assert.Equal(["volume at SEA4 last week", "and for PDX2?"], suite.Cases[1].Turns);
        Assert.True(suite.Cases[1].Expect.NoTools);
        Assert.False(suite.Cases[1].Expect.Grounded);
    }

    [Fact]
    public void A_bad_suite_is_refused_with_every_problem_naming_file_line_case_and_field()
    {
        var error = Assert.Throws<InputError>(() => EvalSuiteReader.ReadText("""
            name: basics
            cases:
              - id: hist-001
                ask: "volume at SEA4"
                expect:
                  tool: [volume_history]
              - id: hist-002
                expect:
                  answer_number: {value: lots}
            """, File));

        Assert.Contains("nothing was run (3 problems)", error.Message);
        Assert.Contains("evals/basics.yaml:6: case 'hist-001': expect.tool: unknown field", error.Message);
        Assert.Contains("case 'hist-002': ask: missing", error.Message);
        Assert.Contains("case 'hist-002': expect.answer_number.value: 'lots' is not a number", error.Message);
    }

    [Fact]
    public void Text_that_is_not_yaml_is_refused_with_its_file_and_line()
    {
        var error = Assert.Throws<InputError>(() => EvalSuiteReader.ReadText("name: x\ncases: [\n  - id: a", File));
        Assert.Contains("evals/basics.yaml:", error.Message);
        Assert.Contains("not valid YAML", error.Message);
    }

    [Fact]
    public void Two_cases_with_one_id_are_refused()
    {
        var error = Assert.Throws<InputError>(() => EvalSuiteReader.ReadText("""
            name: x
            cases:
              - {id: a, ask: "hello"}
              - {id: a, ask: "thanks"}
            """, File));
        Assert.Contains("case 'a': id: used more than once", error.Message);
    }

    [Fact]
    public void A_missing_network_file_or_a_date_that_is_not_one_is_refused()
    {
        var error = Assert.Throws<InputError>(() => EvalSuiteReader.ReadText("""
            name: x
            today: next tuesday
            network: no-such-network.json
            cases:
              - {id: a, ask: "What if SC2 closes?"}
            """, File));
        Assert.Contains("today: 'next tuesday' is not a date", error.Message);
        Assert.Contains("network: no network file 'no-such-network.json'", error.Message);
    }

    [Fact]
    public void Arguments_expected_while_no_tool_may_be_called_are_refused()
    {
        var error = Assert.Throws<InputError>(() => EvalSuiteReader.ReadText("""
            name: x
            cases:
              - id: a
                ask: "hello"
                expect: {tools: none, args: {volume_history: {site: SEA4}}}
            """, File));
        Assert.Contains("case 'a': expect.args: arguments are expected, but tools is none", error.Message);
    }

    [Fact]
    public void A_folder_without_suites_or_a_path_that_does_not_exist_is_refused()
    {
        var empty = Directory.CreateTempSubdirectory("eval-empty").FullName;
        try
        {
            Assert.Contains("no .yaml or .yml suite files", Assert.Throws<InputError>(() => EvalSuiteReader.Read(empty)).Message);
            Assert.Contains("no such file or folder", Assert.Throws<InputError>(() => EvalSuiteReader.Read(Path.Combine(empty, "nope"))).Message);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
