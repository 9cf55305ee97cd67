using Assistant.Plugins.Questions;

namespace Assistant.Agent.Offline;

/// <summary>A question as the offline brain read it: its slots, and its words with places, dates and numbers masked.</summary>
/// <remarks>UnknownPlaces holds words that look like site codes (XYZ9) but name no site of this network.</remarks>
public sealed record ReadQuestion(QuestionFrame Frame, string Masked, IReadOnlyList<string> Words, IReadOnlyList<string> UnknownPlaces);
