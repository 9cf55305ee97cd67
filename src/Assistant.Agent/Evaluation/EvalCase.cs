namespace Assistant.Agent.Evaluation;

/// <summary>
/// One case: the turns of a fresh conversation (one question, or a question and its
/// follow-ups) and what the last answer must show.
/// </summary>
/// <param name="Network">This case's network file (absolute path), or null for the suite's.</param>
public sealed record EvalCase(string Id, IReadOnlyList<string> Turns, EvalExpectation Expect, string? Network = null);
