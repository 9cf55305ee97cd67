namespace Assistant.Agent.Evaluation;

/// <summary>The outcome of one check of one run; the reason says what was expected and what came instead.</summary>
public sealed record EvalCheck(string Name, bool Passed, string Reason)
{
    public const string ToolsCheck = "tools";
    public const string ArgsCheck = "args";
    public const string AnswerCheck = "answer";
    public const string GroundedCheck = "grounded";

    public static EvalCheck Pass(string name, string reason = "") => new(name, true, reason);

    public static EvalCheck Fail(string name, string reason) => new(name, false, reason);
}
