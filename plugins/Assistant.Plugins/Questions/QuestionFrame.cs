using Assistant.Core.Network;

namespace Assistant.Plugins.Questions;

/// <summary>
/// What the offline brain read in a question: the places, dates, numbers and metrics it names,
/// already resolved to the network's codes. Intents turn a frame into tool calls.
/// </summary>
public sealed record QuestionFrame
{
    public string Text { get; init; } = "";

    /// <summary>Site codes in the order they were mentioned.</summary>
    public IReadOnlyList<string> Sites { get; init; } = [];

    /// <summary>Lane ids (ORIGIN-DESTINATION).</summary>
    public IReadOnlyList<string> Lanes { get; init; } = [];

    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>A kind of site named in general ("sort centers").</summary>
    public SiteKind? Kind { get; init; }

    public DateSpan? Dates { get; init; }

    public IReadOnlyList<double> Numbers { get; init; } = [];

    /// <summary>Percentages as written: "20%" is 20.</summary>
    public IReadOnlyList<double> Percentages { get; init; } = [];

    /// <summary>A defect metric code (missort_rate, late_departures, dwell_hours).</summary>
    public string? Metric { get; init; }

    /// <summary>How many items were asked for ("top 5 lanes").</summary>
    public int? Count { get; init; }

    /// <summary>The question is explicitly about the whole network.</summary>
    public bool WholeNetwork { get; init; }

    /// <summary>inbound or outbound, when the question says.</summary>
    public string? Direction { get; init; }

    public bool HasPlace => Sites.Count > 0 || Lanes.Count > 0 || Regions.Count > 0 || WholeNetwork;
}

/// <summary>A resolved date range and the words it came from ("last week").</summary>
public sealed record DateSpan(DateOnly Start, DateOnly End, string Phrase)
{
    public int Days => End.DayNumber - Start.DayNumber + 1;
}
