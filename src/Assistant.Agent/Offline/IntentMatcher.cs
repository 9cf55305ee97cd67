using System.Text.RegularExpressions;
using Assistant.Plugins.Questions;

namespace Assistant.Agent.Offline;

/// <summary>
/// Picks the intent a question is about. Each intent scores the weights of its cues found in
/// the masked question, plus its best word overlap with its example phrasings; words that no
/// intent knows (not in any cue, example or the small list of common words) count against
/// every intent, so "how many people live in Seattle" is not taken for a volume question.
/// The vocabulary grows with the plugins: it is built from their intents.
/// </summary>
public sealed class IntentMatcher
{
    public const double Threshold = 1.6;

    private static readonly HashSet<string> CommonWords =
    [
        "a", "an", "the", "at", "in", "on", "for", "of", "to", "from", "by", "and", "or", "with", "what", "whats", "what's",
        "was", "were", "is", "are", "be", "been", "did", "do", "does", "has", "have", "had", "how", "which", "who", "when",
        "why", "where", "me", "my", "we", "our", "us", "i", "you", "your", "it", "its", "it's", "this", "that", "these",
        "those", "there", "please", "can", "could", "would", "will", "show", "give", "get", "tell", "let", "see", "know",
        "about", "over", "during", "across", "per", "each", "all", "any", "some", "much", "many", "so", "far", "just",
        "also", "same", "again", "now", "then", "ok", "okay", "thanks", "thank", "like", "look", "looks", "looking",
        "up", "out", "into", "between", "vs", "versus", "compare", "compared", "than", "more", "less", "number", "numbers",
        "site", "sites", "region", "network", "whole", "entire", "overall", "day", "days", "week", "weeks", "month",
        "months", "year", "time", "period", "last", "past", "previous", "recent", "recently", "next", "same", "as", "but",
        "they", "them", "their", "he", "she", "be", "being", "am", "go", "going", "went", "s", "both", "other", "only",
        "sort", "center", "centers", "station", "stations", "delivery", "fulfillment", "fc", "sc", "ds", "lane", "lanes",
        "<site>", "<lane>", "<region>", "<date>", "<future>", "<number>", "<percent>", "<unknown>", "don't", "dont", "not", "no", "yes",
    ];

    private readonly IReadOnlyList<(QuestionIntent Intent, IReadOnlyList<(Regex Pattern, double Weight)> Cues, IReadOnlyList<HashSet<string>> Examples)> _intents;
    private readonly HashSet<string> _vocabulary;

    public IntentMatcher(IEnumerable<QuestionIntent> intents, PlaceIndex places, DateOnly today)
    {
        _vocabulary = new HashSet<string>(CommonWords, StringComparer.Ordinal);
        var list = new List<(QuestionIntent, IReadOnlyList<(Regex, double)>, IReadOnlyList<HashSet<string>>)>();
        foreach (var intent in intents)
        {
            var cues = intent.Cues.Select(c => (new Regex(c.Pattern, RegexOptions.CultureInvariant), c.Weight)).ToList();
            var examples = intent.Examples
                .Select(e => QuestionReader.Read(e, places, today).Words.ToHashSet(StringComparer.Ordinal))
                .ToList();
            foreach (var words in examples)
            {
                _vocabulary.UnionWith(words);
            }

            foreach (var cue in intent.Cues)
            {
                _vocabulary.UnionWith(Regex.Matches(Regex.Replace(cue.Pattern, @"\\[a-zA-Z]", " "), "[a-z]{3,}").Select(m => m.Value));
            }

            list.Add((intent, cues, examples));
        }

        _intents = list;
    }

    public sealed record Score(QuestionIntent Intent, double Value);

    /// <summary>Intents with their scores, best first.</summary>
    public IReadOnlyList<Score> Rank(ReadQuestion question)
    {
        var unknown = UnknownWords(question).Count;
        var words = question.Words.ToHashSet(StringComparer.Ordinal);
        return _intents
            .Select((entry, order) =>
            {
                var cueScore = entry.Cues.Where(c => c.Pattern.IsMatch(question.Masked)).Sum(c => c.Weight);
                var overlap = entry.Examples.Count == 0 ? 0 : entry.Examples.Max(e => Jaccard(words, e));
                return (Score: new Score(entry.Intent, cueScore + 2.0 * overlap - 1.0 * unknown), Order: order);
            })
            .OrderByDescending(x => x.Score.Value)
            .ThenBy(x => x.Order)
            .Select(x => x.Score)
            .ToList();
    }

    /// <summary>Words of the question that no intent and no common phrase uses.</summary>
    public IReadOnlyList<string> UnknownWords(ReadQuestion question) =>
        question.Words.Where(w => !_vocabulary.Contains(w) && !_vocabulary.Contains(Stem(w))).Distinct().ToList();

    private static string Stem(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.EndsWith("es", StringComparison.Ordinal) && word.Length > 4 ? word[..^2]
        : word.EndsWith('s') && word.Length > 3 ? word[..^1]
        : word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4 ? word[..^2]
        : word;

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = a.Count(b.Contains);
        return common / (double)(a.Count + b.Count - common);
    }
}
