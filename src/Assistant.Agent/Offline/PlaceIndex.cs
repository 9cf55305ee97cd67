using System.Text.RegularExpressions;
using Assistant.Core.Network;
using FuzzySharp;

namespace Assistant.Agent.Offline;

/// <summary>
/// Finds the network's places in a question: site codes ("SEA4", "sea-4"), cities and site names
/// ("Seattle", "the Portland sort center"), a misspelled city ("Seatle"), regions ("the West"),
/// and lanes written as two sites joined by to, -, → or &gt; ("SEA4 to GEG1").
/// </summary>
public sealed partial class PlaceIndex
{
    private readonly NetworkCatalog _catalog;
    private readonly List<(string Phrase, string Code)> _names;
    private readonly List<(string Phrase, string Code)> _regions;

    /// <param name="network">The network file in use, if any: its name and volume classes.</param>
    public PlaceIndex(NetworkCatalog catalog, string? network = null, IReadOnlyList<string>? classes = null)
    {
        _catalog = catalog;
        Network = network;
        Classes = classes ?? [];
        _names = [];
        foreach (var site in catalog.Sites)
        {
            _names.Add((site.Name.ToLowerInvariant(), site.Code));
        }

        // A city names a site only when it is the only site there.
        foreach (var group in catalog.Sites.Where(s => s.City.Length > 0).GroupBy(s => s.City.ToLowerInvariant()).Where(g => g.Count() == 1))
        {
            _names.Add((group.Key, group.Single().Code));
        }

        _names.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
        _regions = catalog.Regions
            .SelectMany(r => new[] { (r.Code.ToLowerInvariant(), r.Code), (r.Name.ToLowerInvariant(), r.Code) })
            .Distinct()
            .OrderByDescending(x => x.Item1.Length)
            .ToList();
    }

    public NetworkCatalog Catalog => _catalog;

    /// <summary>The network file in use, or null for the store's network.</summary>
    public string? Network { get; }

    /// <summary>The volume classes of the network file in use.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>A place found in a question; a lane also gives its two sites.</summary>
    public sealed record Place(int Start, int Length, string Kind, string Code, string? From = null, string? To = null);

    /// <summary>All places in the lower-cased text, without overlaps, in order of position.</summary>
    public IReadOnlyList<Place> Find(string text)
    {
        var taken = new bool[text.Length];
        var sites = new List<Place>();

        foreach (Match code in SiteCodePattern().Matches(text))
        {
            var candidate = (code.Groups[1].Value + code.Groups[2].Value).ToUpperInvariant();
            if (_catalog.FindSite(candidate) is { } site && Claim(taken, code.Index, code.Length))
            {
                sites.Add(new Place(code.Index, code.Length, "site", site.Code));
            }
        }

        foreach (var (phrase, code) in _names)
        {
            foreach (var at in WholeWordIndexes(text, phrase))
            {
                if (Claim(taken, at, phrase.Length))
                {
                    sites.Add(new Place(at, phrase.Length, "site", code));
                }
            }
        }

        sites.AddRange(FuzzyCities(text, taken));

        var regions = new List<Place>();
        foreach (var (phrase, code) in _regions)
        {
            foreach (var at in WholeWordIndexes(text, phrase))
            {
                if (Claim(taken, at, phrase.Length))
                {
                    regions.Add(new Place(at, phrase.Length, "region", code));
                }
            }
        }

        sites.Sort((a, b) => a.Start.CompareTo(b.Start));
        var result = new List<Place>();
        for (var i = 0; i < sites.Count; i++)
        {
            // Two sites joined by a lane connector make a lane.
            if (i + 1 < sites.Count)
            {
                var between = text[(sites[i].Start + sites[i].Length)..sites[i + 1].Start];
                var namedLane = between.Trim().Length == 0 && LaneBefore().IsMatch(text[..sites[i].Start]);
                if (LaneConnector().IsMatch(between) || namedLane)
                {
                    var start = sites[i].Start;
                    var end = sites[i + 1].Start + sites[i + 1].Length;
                    var before = text[..start];
                    if (FromBefore().Match(before) is { Success: true } from)
                    {
                        start = from.Index;
                    }

                    result.Add(new Place(start, end - start, "lane", Lane.LaneId(sites[i].Code, sites[i + 1].Code), sites[i].Code, sites[i + 1].Code));
                    i++;
                    continue;
                }
            }

            result.Add(sites[i]);
        }

        result.AddRange(regions);
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private IEnumerable<Place> FuzzyCities(string text, bool[] taken)
    {
        var cities = _names.Where(n => !n.Phrase.Contains(' ') && n.Phrase.Length >= 5).ToList();
        foreach (Match word in Word().Matches(text))
        {
            if (word.Length < 5 || taken.AsSpan(word.Index, word.Length).Contains(true))
            {
                continue;
            }

            var best = cities.Select(c => (c.Code, Score: Fuzz.Ratio(word.Value, c.Phrase))).MaxBy(c => c.Score);
            if (best.Score >= 85 && Claim(taken, word.Index, word.Length))
            {
                yield return new Place(word.Index, word.Length, "site", best.Code);
            }
        }
    }

    private static IEnumerable<int> WholeWordIndexes(string text, string phrase)
    {
        var at = 0;
        while ((at = text.IndexOf(phrase, at, StringComparison.Ordinal)) >= 0)
        {
            var startOk = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var endOk = at + phrase.Length == text.Length || !char.IsLetterOrDigit(text[at + phrase.Length]);
            if (startOk && endOk)
            {
                yield return at;
            }

            at += phrase.Length;
        }
    }

    private static bool Claim(bool[] taken, int start, int length)
    {
        if (taken.AsSpan(start, length).Contains(true))
        {
            return false;
        }

        taken.AsSpan(start, length).Fill(true);
        return true;
    }

    [GeneratedRegex(@"\b([a-z]{3})[\s-]?(\d{1,2})\b")]
    private static partial Regex SiteCodePattern();

    [GeneratedRegex(@"^\s*(to|-|->|→|>|=>|–)\s*$")]
    private static partial Regex LaneConnector();

    [GeneratedRegex(@"\blanes?\s+$")]
    private static partial Regex LaneBefore();

    [GeneratedRegex(@"\b(from|lane)\s+$")]
    private static partial Regex FromBefore();

    [GeneratedRegex(@"[a-z]+")]
    private static partial Regex Word();
}
