using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Assistant.Core.Network;
using Assistant.Plugins.Questions;

namespace Assistant.Agent.Offline;

/// <summary>
/// Reads the slots of a planning question: places (through <see cref="PlaceIndex"/>), dates
/// (through <see cref="DateReader"/>), percentages, counts and other numbers, the defect metric,
/// a site kind, a direction, and whether it is about the whole network. What it recognised is
/// masked in the text (&lt;site&gt;, &lt;date&gt;, ...) so that intents match on the words around it.
/// </summary>
public static partial class QuestionReader
{
    /// <param name="contextLooksAhead">The conversation is about days to come (the last question was a forecast), so named dates mean their next occurrence.</param>
    public static ReadQuestion Read(string question, PlaceIndex places, DateOnly today, bool contextLooksAhead = false)
    {
        var text = Normalise(question);
        var spans = new List<(int Start, int Length, string Mask)>();
        var annotations = new List<(int Start, int Length, string Mask)>();
        var taken = new bool[text.Length];

        bool Claim(int start, int length, string mask, string? value = null)
        {
            if (length <= 0 || taken.AsSpan(start, length).Contains(true))
            {
                return false;
            }

            taken.AsSpan(start, length).Fill(true);
            spans.Add((start, length, mask));
            annotations.Add((start, length, value is null ? mask : $"{mask[..^1]}:{value}>"));
            return true;
        }

        DateSpan? dates = null;
        // A range that reaches today or later is masked as <future>: it asks for a forecast, not history.
        if (DateReader.Read(text, today, contextLooksAhead || LooksAhead().IsMatch(text)) is { } found && Claim(found.Start, found.Length, found.Span.End >= today ? "<future>" : "<date>"))
        {
            dates = found.Span;
        }

        var sites = new List<string>();
        var lanes = new List<string>();
        var regions = new List<string>();
        var named = new List<string>();
        foreach (var place in places.Find(text))
        {
            named.AddRange(place.From is not null ? [place.From, place.To!] : [place.Code]);
            if (!Claim(place.Start, place.Length, $"<{place.Kind}>", place.From is not null ? $"{place.From}|{place.To}" : place.Code))
            {
                continue;
            }

            var list = place.Kind switch { "lane" => lanes, "region" => regions, _ => sites };
            if (!list.Contains(place.Code))
            {
                list.Add(place.Code);
            }
        }

        var unknownPlaces = new List<string>();
        foreach (Match m in CodeLike().Matches(text))
        {
            if (Claim(m.Index, m.Length, "<unknown>"))
            {
                unknownPlaces.Add(m.Value.ToUpperInvariant());
            }
        }

        var percentages = new List<double>();
        foreach (Match m in Percent().Matches(text))
        {
            if (Claim(m.Index, m.Length, "<percent>", m.Groups[1].Value))
            {
                percentages.Add(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        }

        int? count = null;
        if (TopCount().Match(text) is { Success: true } top && Claim(top.Groups[2].Index, top.Groups[2].Length, "<number>"))
        {
            count = WordNumber(top.Groups[2].Value);
        }

        var numbers = new List<double>();
        foreach (Match m in Number().Matches(text))
        {
            if (Claim(m.Index, m.Length, "<number>", m.Value.Replace(",", "", StringComparison.Ordinal)))
            {
                numbers.Add(double.Parse(m.Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture));
            }
        }

        var classes = new List<string>();
        foreach (var name in places.Classes)
        {
            foreach (Match m in Regex.Matches(text, $@"\b{Regex.Escape(name.ToLowerInvariant())}(s|d)?\b"))
            {
                if (Claim(m.Index, m.Length, "<class>", name) && !classes.Contains(name))
                {
                    classes.Add(name);
                }
            }
        }

        var masked = Mask(text, spans);
        var kinds = new Dictionary<string, SiteKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in named)
        {
            if (places.Catalog.FindSite(code) is { } site)
            {
                kinds[site.Code] = site.Kind;
            }
        }
        var frame = new QuestionFrame
        {
            Text = question,
            Sites = sites,
            Lanes = lanes,
            Regions = regions,
            Kind = KindOf(masked),
            Dates = dates,
            Numbers = numbers,
            Percentages = percentages,
            Metric = MetricOf(masked),
            Count = count,
            WholeNetwork = WholeNetwork().IsMatch(masked),
            Direction = Outbound().IsMatch(masked) ? "outbound" : Inbound().IsMatch(masked) ? "inbound" : null,
            Annotated = Mask(text, annotations),
            SiteKinds = kinds,
            Classes = classes,
            Network = places.Network,
        };
        return new ReadQuestion(frame, masked, Words().Matches(masked).Select(m => m.Value).ToList(), unknownPlaces);
    }

    /// <summary>Lower case, plain quotes and dashes, single spaces; sentence punctuation becomes space.</summary>
    public static string Normalise(string question)
    {
        var builder = new StringBuilder(question.Length);
        foreach (var c in question.Trim().ToLowerInvariant())
        {
            builder.Append(c switch
            {
                '’' or '‘' => '\'',
                '–' or '—' => '-',
                '?' or '!' or ';' or '"' or '(' or ')' or '[' or ']' => ' ',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => c,
            });
        }

        var text = MultiSpace().Replace(builder.ToString(), " ").Trim();
        return TrailingDots().Replace(text, "");
    }

    private static string Mask(string text, List<(int Start, int Length, string Mask)> spans)
    {
        var builder = new StringBuilder();
        var at = 0;
        foreach (var (start, length, mask) in spans.OrderBy(s => s.Start))
        {
            builder.Append(text, at, start - at).Append(' ').Append(mask).Append(' ');
            at = start + length;
        }

        builder.Append(text, at, text.Length - at);
        return MultiSpace().Replace(builder.ToString(), " ").Trim();
    }

    private static SiteKind? KindOf(string masked) =>
        SortCenters().IsMatch(masked) ? SiteKind.SortCenter
        : DeliveryStations().IsMatch(masked) ? SiteKind.DeliveryStation
        : FulfillmentCenters().IsMatch(masked) ? SiteKind.FulfillmentCenter
        : null;

    private static string? MetricOf(string masked) =>
        Missort().IsMatch(masked) ? "missort_rate"
        : Late().IsMatch(masked) ? "late_departures"
        : Dwell().IsMatch(masked) ? "dwell_hours"
        : null;

    private static int WordNumber(string text) => text switch
    {
        "three" => 3, "five" => 5, "ten" => 10, "twenty" => 20, "two" => 2, "four" => 4, "six" => 6, "seven" => 7, "eight" => 8,
        _ => int.Parse(text, CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"(-?\d+(?:\.\d+)?) ?(?:%|percent\b|pct\b)")]
    private static partial Regex Percent();

    [GeneratedRegex(@"\b(top|busiest|biggest|largest|first) (\d{1,2}|two|three|four|five|six|seven|eight|ten|twenty)\b")]
    private static partial Regex TopCount();

    [GeneratedRegex(@"(?<![\w.])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w.])|(?<![\w.])-?\d+(?:\.\d+)?(?![\w])")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(whole network|entire network|network|overall|all sites|company|across the board|everywhere)\b")]
    private static partial Regex WholeNetwork();

    [GeneratedRegex(@"\b(outbound|leaving|leave|out of|departing|going out)\b")]
    private static partial Regex Outbound();

    [GeneratedRegex(@"\b(inbound|into|entering|arriving|coming in|feeding|feed)\b")]
    private static partial Regex Inbound();

    [GeneratedRegex(@"\b(sort cent(er|re)s?|scs?)\b")]
    private static partial Regex SortCenters();

    [GeneratedRegex(@"\b(delivery stations?|dss?|last[- ]mile stations?)\b")]
    private static partial Regex DeliveryStations();

    [GeneratedRegex(@"\b(fulfil?lment cent(er|re)s?|fcs?|warehouses?)\b")]
    private static partial Regex FulfillmentCenters();

    [GeneratedRegex(@"\bmis-?sort")]
    private static partial Regex Missort();

    [GeneratedRegex(@"\blate\b|\bdepartures?\b|\bdelayed trucks?\b")]
    private static partial Regex Late();

    [GeneratedRegex(@"\bdwell")]
    private static partial Regex Dwell();

    [GeneratedRegex(@"<\w+>|[a-z][a-z'-]*")]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(will|going to|gonna|expect|expected|expecting|forecast|forecasts|predict|predicted|projected|projection|outlook|upcoming|coming|plan for|why is|need|needs|should we|truck plan|labou?r plan|staffing|headcount)\b")]
    private static partial Regex LooksAhead();

    [GeneratedRegex(@"\b[a-z]{3}\d{1,2}\b")]
    private static partial Regex CodeLike();

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultiSpace();

    [GeneratedRegex(@"[.,:]+$")]
    private static partial Regex TrailingDots();
}
