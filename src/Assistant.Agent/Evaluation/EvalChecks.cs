using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Assistant.Agent.Grounding;
using Assistant.Agent.Loop;

namespace Assistant.Agent.Evaluation;

/// <summary>
/// The checks of one run: tool selection and arguments on the last turn (the one a case is
/// about; earlier turns set up the context), the answer's text and number on the last turn,
/// and groundedness on every turn. A check a case does not ask for is left out, so that the
/// report's accuracies count only the cases that measure them.
/// </summary>
public static partial class EvalChecks
{
    public static IReadOnlyList<EvalCheck> Run(EvalExpectation expect, IReadOnlyList<EvalTurn> turns)
    {
        var last = turns[^1].Answer;
        var checks = new List<EvalCheck>();
        if (Tools(expect, last) is { } tools)
        {
            checks.Add(tools);
        }

        if (expect.Args.Count > 0)
        {
            checks.Add(Args(expect, last));
        }

        if (Answer(expect, last.Text) is { } answer)
        {
            checks.Add(answer);
        }

        if (expect.Grounded)
        {
            checks.Add(Grounded(turns));
        }

        return checks;
    }

    public static EvalCheck? Tools(EvalExpectation expect, AgentAnswer answer)
    {
        if (expect.NoTools)
        {
            return answer.ToolCalls.Count == 0
                ? EvalCheck.Pass(EvalCheck.ToolsCheck, "no tool called")
                : EvalCheck.Fail(EvalCheck.ToolsCheck, $"expected no tool call, called {Called(answer)}");
        }

        if (expect.Tools.Count == 0)
        {
            return null;
        }

        var problems = new List<string>();
        foreach (var tool in expect.Tools)
        {
            var calls = answer.ToolCalls.Where(c => c.Tool == tool).ToList();
            if (calls.Count == 0)
            {
                problems.Add($"{tool} was not called");
            }
            else if (calls.All(c => c.Outcome != ToolCallOutcome.Ok))
            {
                problems.Add($"{tool} failed ({calls[0].Outcome}: {ErrorOf(calls[0])})");
            }
        }

        return problems.Count == 0
            ? EvalCheck.Pass(EvalCheck.ToolsCheck, $"called {Called(answer)}")
            : EvalCheck.Fail(EvalCheck.ToolsCheck, $"{string.Join("; ", problems)} (called {Called(answer)})");
    }

    public static EvalCheck Args(EvalExpectation expect, AgentAnswer answer)
    {
        var problems = new List<string>();
        foreach (var (tool, subsets) in expect.Args)
        {
            var calls = answer.ToolCalls.Where(c => c.Tool == tool).ToList();
            if (calls.Count == 0)
            {
                problems.Add($"{tool} was not called");
                continue;
            }

            foreach (var subset in subsets)
            {
                var differences = new List<string>();
                foreach (var call in calls)
                {
                    using var arguments = JsonDocument.Parse(call.ArgumentsJson);
                    if (ArgumentMatch.Mismatch(subset, arguments.RootElement) is not { } difference)
                    {
                        differences.Clear();
                        break;
                    }

                    differences.Add(difference);
                }

                if (differences.Count > 0)
                {
                    problems.Add($"{tool}: {differences[0]} in {calls[0].ArgumentsJson}");
                }
            }
        }

        return problems.Count == 0
            ? EvalCheck.Pass(EvalCheck.ArgsCheck)
            : EvalCheck.Fail(EvalCheck.ArgsCheck, string.Join("; ", problems));
    }

    public static EvalCheck? Answer(EvalExpectation expect, string text)
    {
        if (expect.AnswerContains.Count == 0 && expect.AnswerNotContains.Count == 0 && expect.AnswerNumber is null)
        {
            return null;
        }

        var problems = new List<string>();
        problems.AddRange(expect.AnswerContains
            .Where(t => !text.Contains(t, StringComparison.OrdinalIgnoreCase))
            .Select(t => $"does not contain \"{t}\""));
        problems.AddRange(expect.AnswerNotContains
            .Where(t => text.Contains(t, StringComparison.OrdinalIgnoreCase))
            .Select(t => $"contains \"{t}\""));
        if (expect.AnswerNumber is { } number)
        {
            var numbers = NumbersIn(text);
            if (!numbers.Any(n => Within(n, number)))
            {
                var nearest = numbers.OrderBy(n => Math.Abs(n - number.Value)).Select(n => n.ToString("G", CultureInfo.InvariantCulture)).FirstOrDefault();
                problems.Add($"states no number within {number.Tolerance:P1} of {number.Value.ToString("G", CultureInfo.InvariantCulture)}"
                    + (nearest is null ? " (no numbers at all)" : $" (nearest {nearest})"));
            }
        }

        return problems.Count == 0
            ? EvalCheck.Pass(EvalCheck.AnswerCheck)
            : EvalCheck.Fail(EvalCheck.AnswerCheck, $"the answer {string.Join(", ", problems)}: \"{Shorten(text)}\"");
    }

    /// <summary>
    /// Every number of a turn's answer must come from that turn's tool results. A turn that
    /// called no tool states no data (its words may quote example questions), so only turns that
    /// called a tool are checked; an answer that needed data but made no call fails the tools check.
    /// </summary>
    public static EvalCheck Grounded(IReadOnlyList<EvalTurn> turns)
    {
        var problems = new List<string>();
        for (var i = 0; i < turns.Count; i++)
        {
            var answer = turns[i].Answer;
            if (answer.ToolCalls.Count == 0)
            {
                continue;
            }

            var ungrounded = NumberGrounding.UngroundedNumbers(answer.Text, answer.ToolCalls.Select(c => c.ResultJson));
            if (ungrounded.Count > 0)
            {
                problems.Add((turns.Count > 1 ? $"turn {i + 1}: " : "") + $"numbers no tool returned: {string.Join(", ", ungrounded)}");
            }
        }

        return problems.Count == 0
            ? EvalCheck.Pass(EvalCheck.GroundedCheck)
            : EvalCheck.Fail(EvalCheck.GroundedCheck, string.Join("; ", problems));
    }

    /// <summary>The numbers written in a text ("103,621", "14.8", "-3%"), as values.</summary>
    public static IReadOnlyList<double> NumbersIn(string text) =>
        NumberPattern().Matches(text)
            .Select(m => double.Parse(m.Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture))
            .ToList();

    private static bool Within(double found, EvalNumber expected) =>
        Math.Abs(found - expected.Value) <= (expected.Value == 0 ? expected.Tolerance : expected.Tolerance * Math.Abs(expected.Value)) + 1e-12;

    private static string Called(AgentAnswer answer) =>
        answer.ToolCalls.Count == 0 ? "nothing" : string.Join(", ", answer.ToolCalls.Select(c => c.Tool));

    private static string ErrorOf(ToolCallTrace call)
    {
        try
        {
            using var result = JsonDocument.Parse(call.ResultJson);
            return result.RootElement.ValueKind == JsonValueKind.Object && result.RootElement.TryGetProperty("error", out var error)
                ? error.ToString()
                : Shorten(call.ResultJson);
        }
        catch (JsonException)
        {
            return Shorten(call.ResultJson);
        }
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 160 ? line : line[..157] + "...";
    }

    [GeneratedRegex(@"(?<![\w.])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.])-?\d+(?:\.\d+)?")]
    private static partial Regex NumberPattern();
}
