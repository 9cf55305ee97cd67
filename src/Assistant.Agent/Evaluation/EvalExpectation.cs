using System.Text.Json.Nodes;

namespace Assistant.Agent.Evaluation;

/// <summary>
/// What the last turn of a case must show. Every part is optional; a case with none of them
/// still checks that its answers are grounded.
/// </summary>
/// <param name="Tools">Tools that must be called, successfully, in any order (others may be called too).</param>
/// <param name="NoTools">No tool may be called (out-of-scope questions).</param>
/// <param name="Args">Per tool, argument subsets that some call of that tool must match (strings case-insensitive, numbers by value).</param>
/// <param name="AnswerContains">Texts the answer must contain, case-insensitive.</param>
/// <param name="AnswerNotContains">Texts the answer must not contain, case-insensitive.</param>
/// <param name="AnswerNumber">A number the answer must state, within a relative tolerance.</param>
/// <param name="Grounded">Whether every number in the answers must come from a tool result of its turn.</param>
public sealed record EvalExpectation(
    IReadOnlyList<string> Tools,
    bool NoTools,
    IReadOnlyDictionary<string, IReadOnlyList<JsonObject>> Args,
    IReadOnlyList<string> AnswerContains,
    IReadOnlyList<string> AnswerNotContains,
    EvalNumber? AnswerNumber,
    bool Grounded = true)
{
    public static readonly EvalExpectation Nothing = new([], false, new Dictionary<string, IReadOnlyList<JsonObject>>(), [], [], null);
}

/// <summary>A number expected in an answer: |found − value| ≤ tolerance × |value| (or ≤ tolerance when value is 0).</summary>
public sealed record EvalNumber(double Value, double Tolerance);
