using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Assistant.Agent.Evaluation;

/// <summary>
/// Whether a tool call's arguments contain the expected ones: maps by subset (arguments not
/// named are free), lists item by item with the same length, numbers by value (20 = 20.0),
/// other values as text ignoring case (SEA4 = sea4).
/// </summary>
public static class ArgumentMatch
{
    /// <summary>Null when <paramref name="actual"/> matches, else what differs ("site is PDX2, expected SEA4").</summary>
    public static string? Mismatch(JsonNode? expected, JsonElement actual, string path = "")
    {
        switch (expected)
        {
            case JsonObject map:
                if (actual.ValueKind != JsonValueKind.Object)
                {
                    return $"{Name(path)} is {actual.GetRawText()}, expected an object";
                }

                foreach (var (key, value) in map)
                {
                    var at = path.Length == 0 ? key : $"{path}.{key}";
                    if (!TryGetProperty(actual, key, out var found))
                    {
                        return $"{at} is missing";
                    }

                    if (Mismatch(value, found, at) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonArray list:
                if (actual.ValueKind != JsonValueKind.Array)
                {
                    return $"{Name(path)} is {actual.GetRawText()}, expected a list";
                }

                if (actual.GetArrayLength() != list.Count)
                {
                    return $"{Name(path)} has {actual.GetArrayLength()} items, expected {list.Count}";
                }

                var i = 0;
                foreach (var item in actual.EnumerateArray())
                {
                    if (Mismatch(list[i], item, $"{path}[{i}]") is { } difference)
                    {
                        return difference;
                    }

                    i++;
                }

                return null;
            default:
                var want = expected?.ToString() ?? "";
                var have = actual.ValueKind == JsonValueKind.String ? actual.GetString() ?? "" : actual.GetRawText();
                return SameValue(want, have) ? null : $"{Name(path)} is {have}, expected {want}";
        }
    }

    private static bool SameValue(string expected, string actual)
    {
        if (TryNumber(expected, out var a) && TryNumber(actual, out var b))
        {
            return Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a));
        }

        return string.Equals(expected.Trim(), actual.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>Argument names as the brain wrote them may differ in case from the suite's.</summary>
    private static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string Name(string path) => path.Length == 0 ? "the arguments" : path;
}
