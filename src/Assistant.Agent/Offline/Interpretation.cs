using Assistant.Plugins.Questions;

namespace Assistant.Agent.Offline;

/// <summary>
/// What the offline brain made of one question, given the conversation so far: the intent and
/// merged slots (carried into the next question as context) and the plan (calls, or a question
/// back). Intent is null when the question was not understood.
/// </summary>
public sealed record Interpretation(QuestionIntent? Intent, QuestionFrame Frame, IntentPlan? Plan, InterpretationKind Kind)
{
    /// <summary>For <see cref="InterpretationKind.UnknownPlace"/>: the codes that name no site.</summary>
    public IReadOnlyList<string> UnknownPlaces { get; init; } = [];
}

public enum InterpretationKind
{
    /// <summary>Understood: the plan says which tools to call, or what to ask.</summary>
    Understood,

    /// <summary>A greeting or a request for help.</summary>
    Help,

    /// <summary>Thanks or goodbye: no question at all.</summary>
    Thanks,

    /// <summary>Not something the assistant can answer.</summary>
    OutOfScope,

    /// <summary>The question names a site code this network does not have.</summary>
    UnknownPlace,
}
