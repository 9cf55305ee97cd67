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

    /// <summary>
    /// The question with what was recognised written in as tags carrying their values, in order:
    /// "what if demand at &lt;site:DS1&gt; grows &lt;percent:20&gt;". Lanes are &lt;lane:FROM|TO&gt;.
    /// Intents that need to know which place goes with which words (what-ifs) read this.
    /// </summary>
    public string Annotated { get; init; } = "";

    /// <summary>The kind of each site named, by code.</summary>
    public IReadOnlyDictionary<string, SiteKind> SiteKinds { get; init; } = new Dictionary<string, SiteKind>();

    /// <summary>Volume classes of the network in use named in the question (oversize).</summary>
    public IReadOnlyList<string> Classes { get; init; } = [];

    /// <summary>The network file the conversation is about, if any (null: the store's network).</summary>
    public string? Network { get; init; }

    /// <summary>The frame of the previous question when this one follows up on the same intent.</summary>
    public QuestionFrame? Previous { get; init; }

    public bool HasPlace => Sites.Count > 0 || Lanes.Count > 0 || Regions.Count > 0 || WholeNetwork;
}

/// <summary>A resolved date range and the words it came from ("last week").</summary>
public sealed record DateSpan(DateOnly Start, DateOnly End, string Phrase)
{
    public int Days => End.DayNumber - Start.DayNumber + 1;
}
