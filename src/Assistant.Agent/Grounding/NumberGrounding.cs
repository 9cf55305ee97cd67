using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Assistant.Agent.Grounding;

/// <summary>
/// Checks that every number in an answer can be traced to a tool result of the same turn,
/// allowing for rounding and formatting ("103,621", "+0.8%", "14.8"). Dates, times of day and
/// site codes are facts about the question, not computed numbers, and are set aside first.
/// </summary>
public static partial class NumberGrounding
{
    /// <summary>The numbers in the answer that no tool result supports, as written.</summary>
    public static IReadOnlyList<string> UngroundedNumbers(string answer, IEnumerable<string> toolResultsJson)
    {
        var known = new List<double>();
        foreach (var json in toolResultsJson)
        {
            using var document = JsonDocument.Parse(json);
            Collect(document.RootElement, known);
        }

        var text = Codes().Replace(Times().Replace(Dates().Replace(answer, " "), " "), " ");
        var ungrounded = new List<string>();
        foreach (Match match in NumberPattern().Matches(text))
        {
            var written = match.Value;
            var value = double.Parse(written.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var decimals = written.Contains('.', StringComparison.Ordinal) ? written.Length - written.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
            var tolerance = 0.5 * Math.Pow(10, -decimals) + 1e-9;
            if (!known.Any(k => Math.Abs(Math.Abs(k) - value) <= tolerance))
            {
                ungrounded.Add(written);
            }
        }

        return ungrounded;
    }

    private static void Collect(JsonElement element, List<double> into)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                into.Add(element.GetDouble());
                break;
            case JsonValueKind.String:
                foreach (Match m in NumberPattern().Matches(element.GetString()!))
                {
                    into.Add(double.Parse(m.Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture));
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, into);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, into);
                }

                break;
        }
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w* \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*(?: \d{4})?")]
    private static partial Regex Dates();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b")]
    private static partial Regex Times();

    [GeneratedRegex(@"\b[A-Z]{3}\d{1,2}\b")]
    private static partial Regex Codes();

    [GeneratedRegex(@"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.])\d+(?:\.\d+)?")]
    private static partial Regex NumberPattern();
}
