using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Assistant.Agent.Offline;

/// <summary>
/// Fills an answer template from a tool's JSON result, so that every number in an offline
/// answer is a value the tool returned. Syntax:
/// <c>{path}</c> a value (dotted path into the result); <c>{path:n0}</c> a number with
/// thousands separators and 0 decimals (n1, n2, n3 likewise); <c>{path:signed}</c> a number with
/// its sign (<c>signed_n0</c>: with separators, no decimals); <c>{path:date}</c> an ISO date as "Mon 10 Nov 2026"; <c>{path:day}</c> as "Mon 10 Nov";
/// <c>{?path}...{/?}</c> text kept only when path has a value (not null, false, 0-length);
/// <c>{?path&gt;N}...{/?}</c> kept only when the number at path is greater than N (also &lt; and =);
/// <c>{?path=word}...{/?}</c> kept only when the text at path is that word;
/// <c>{!path}...{/!}</c> kept only when path has no value (null, false, empty);
/// <c>{#path}...{/#}</c> text repeated for each element of an array, paths inside relative to
/// the element. A path that is missing renders as "?" so that a template error shows instead of
/// a silent wrong answer.
/// </summary>
public static partial class AnswerTemplate
{
    public static string Render(string template, JsonElement data)
    {
        var builder = new StringBuilder();
        RenderInto(builder, template, data);
        return builder.ToString();
    }

    private static void RenderInto(StringBuilder output, string template, JsonElement data)
    {
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            if (open < 0)
            {
                output.Append(template, at, template.Length - at);
                return;
            }

            output.Append(template, at, open - at);
            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                output.Append(template, open, template.Length - open);
                return;
            }

            var tag = template[(open + 1)..close];
            if (tag.StartsWith('?') || tag.StartsWith('#') || tag.StartsWith('!'))
            {
                var kind = tag[0];
                var end = FindBlockEnd(template, close + 1, kind);
                var inner = template[(close + 1)..end];
                var (blockPath, test) = SplitTest(tag[1..]);
                var value = Resolve(data, blockPath);
                if (kind == '!' && !HasValue(value))
                {
                    RenderInto(output, inner, data);
                }
                else if (kind == '?' && HasValue(value) && (test is null || test(value!.Value)))
                {
                    RenderInto(output, inner, data);
                }
                else if (kind == '#' && value is { ValueKind: JsonValueKind.Array } array)
                {
                    foreach (var item in array.EnumerateArray())
                    {
                        RenderInto(output, inner, item);
                    }
                }

                at = end + 4;
                continue;
            }

            var colon = tag.IndexOf(':');
            var path = colon < 0 ? tag : tag[..colon];
            var format = colon < 0 ? "" : tag[(colon + 1)..];
            output.Append(Format(Resolve(data, path), format));
            at = close + 1;
        }
    }

    /// <summary>Finds the {/?} or {/#} that closes a block, skipping nested blocks of the same kind.</summary>
    private static int FindBlockEnd(string template, int from, char kind)
    {
        var depth = 1;
        var opener = "{" + kind;
        var closer = "{/" + kind + "}";
        var at = from;
        while (true)
        {
            var nextOpen = template.IndexOf(opener, at, StringComparison.Ordinal);
            var nextClose = template.IndexOf(closer, at, StringComparison.Ordinal);
            if (nextClose < 0)
            {
                throw new FormatException($"A {opener} block in an answer template is not closed with {closer}.");
            }

            if (nextOpen >= 0 && nextOpen < nextClose)
            {
                depth++;
                at = nextOpen + 2;
                continue;
            }

            depth--;
            if (depth == 0)
            {
                return nextClose;
            }

            at = nextClose + 4;
        }
    }

    /// <summary>Splits "days&gt;1" into the path and a numeric test; a plain path has no test.</summary>
    private static (string Path, Func<JsonElement, bool>? Test) SplitTest(string condition)
    {
        var at = condition.IndexOfAny(['>', '<', '=']);
        if (at < 0)
        {
            return (condition, null);
        }

        var literal = condition[(at + 1)..];
        var op = condition[at];
        if (op == '=' && !double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return (condition[..at], v => v.ValueKind == JsonValueKind.String && string.Equals(v.GetString(), literal, StringComparison.OrdinalIgnoreCase));
        }

        var limit = double.Parse(literal, CultureInfo.InvariantCulture);
        return (condition[..at], v => v.ValueKind == JsonValueKind.Number && op switch
        {
            '>' => v.GetDouble() > limit,
            '<' => v.GetDouble() < limit,
            _ => Math.Abs(v.GetDouble() - limit) < 1e-9,
        });
    }

    private static JsonElement? Resolve(JsonElement data, string path)
    {
        var current = data;
        foreach (var part in path.Trim().Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(part, out var next))
            {
                current = next;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(part, out var index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    private static bool HasValue(JsonElement? value) => value switch
    {
        null => false,
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined or JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.Array } v => v.GetArrayLength() > 0,
        { ValueKind: JsonValueKind.String } v => v.GetString()!.Length > 0,
        _ => true,
    };

    private static string Format(JsonElement? value, string format)
    {
        if (value is not { } v || v.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return "?";
        }

        var culture = CultureInfo.InvariantCulture;
        switch (format)
        {
            case "n0" or "n1" or "n2" or "n3" when v.ValueKind == JsonValueKind.Number:
                return v.GetDouble().ToString("N" + format[1], culture);
            case "signed" when v.ValueKind == JsonValueKind.Number:
                var number = v.GetDouble();
                return (number > 0 ? "+" : "") + number.ToString("0.#", culture);
            case "signed_n0" when v.ValueKind == JsonValueKind.Number:
                var whole = v.GetDouble();
                return (whole > 0 ? "+" : "") + whole.ToString("N0", culture);
            case "date" or "day" when v.ValueKind == JsonValueKind.String && DateOnly.TryParse(v.GetString(), culture, out var date):
                return date.ToString(format == "date" ? "ddd d MMM yyyy" : "ddd d MMM", culture);
            case "cap" when v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } text:
                return char.ToUpperInvariant(text[0]) + text[1..];
            case "list" when v.ValueKind == JsonValueKind.Array:
                return string.Join(", ", v.EnumerateArray().Select(item => Format(item, "")));
            case "upper":
                return (v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText()).ToUpperInvariant();
        }

        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString()!,
            JsonValueKind.Number => v.GetDouble().ToString("0.###", culture),
            JsonValueKind.True => "yes",
            JsonValueKind.False => "no",
            _ => v.GetRawText(),
        };
    }
}
