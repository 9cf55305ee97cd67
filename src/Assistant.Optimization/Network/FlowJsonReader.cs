using System.Text.Json;

namespace Assistant.Optimization.Network;

/// <summary>
/// Reads the shape of a network file (which fields, of which JSON types) and says where the file
/// is wrong when it is; <see cref="FlowNetworkRules"/> then judges the values. Unknown properties
/// are ignored so that files may carry notes.
/// </summary>
internal sealed class FlowJsonReader(string source)
{
    public FlowNetwork Read(JsonElement root)
    {
        Expect(root, JsonValueKind.Object, "the file", "an object with name, classes, origins, hubs, destinations and lanes");
        return new FlowNetwork(
            RequiredString(root, "name", ""),
            OptionalString(root, "unit", "") ?? "units",
            OptionalBoolean(root, "integer_flows", "") ?? false,
            Items(root, "classes", "", (item, place) => String(item, place)),
            Items(root, "origins", "", (item, place) => new FlowOrigin(RequiredString(item, "id", place), OptionalNumber(item, "capacity", place))),
            Items(root, "hubs", "", (item, place) => new FlowHub(
                RequiredString(item, "id", place), NumberMap(item, "processing_cost", place), OptionalNumber(item, "capacity", place))),
            Items(root, "destinations", "", (item, place) => new FlowDestination(RequiredString(item, "id", place), NumberMap(item, "demand", place))),
            Items(root, "lanes", "", (item, place) => new FlowLane(
                RequiredString(item, "from", place), RequiredString(item, "to", place),
                RequiredNumber(item, "cost_per_unit", place), OptionalNumber(item, "capacity", place))));
    }

    private List<T> Items<T>(JsonElement owner, string name, string at, Func<JsonElement, string, T> read)
    {
        var array = Required(owner, name, at);
        var place = Place(at, name);
        Expect(array, JsonValueKind.Array, place, "a list [...]");
        return [.. array.EnumerateArray().Select((item, i) =>
        {
            var itemPlace = $"{place}[{i}]";
            if (typeof(T) != typeof(string))
            {
                Expect(item, JsonValueKind.Object, itemPlace, "an object {...}");
            }

            return read(item, itemPlace);
        })];
    }

    private IReadOnlyDictionary<string, double> NumberMap(JsonElement owner, string name, string at)
    {
        var map = Required(owner, name, at);
        var place = Place(at, name);
        Expect(map, JsonValueKind.Object, place, "an object of class: number, e.g. {\"standard\": 3}");
        // Duplicates and unknown classes are the rules' to judge; a repeated key is kept as the last value here.
        var entries = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject())
        {
            entries[property.Name] = Number(property.Value, $"{place}.{property.Name}");
        }

        return entries;
    }

    private string RequiredString(JsonElement owner, string name, string at) => String(Required(owner, name, at), Place(at, name));

    private string? OptionalString(JsonElement owner, string name, string at) =>
        Optional(owner, name) is { } value ? String(value, Place(at, name)) : null;

    private bool? OptionalBoolean(JsonElement owner, string name, string at)
    {
        if (Optional(owner, name) is not { } value)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Fail(Place(at, name), $"must be true or false, not {Describe(value)}."),
        };
    }

    private double RequiredNumber(JsonElement owner, string name, string at) => Number(Required(owner, name, at), Place(at, name));

    private double? OptionalNumber(JsonElement owner, string name, string at) =>
        Optional(owner, name) is { } value ? Number(value, Place(at, name)) : null;

    private string String(JsonElement value, string place)
    {
        Expect(value, JsonValueKind.String, place, "a string in quotes");
        return value.GetString()!;
    }

    private double Number(JsonElement value, string place)
    {
        if (value.ValueKind == JsonValueKind.String && value.GetString() is { } text
            && (text.Contains("nan", StringComparison.OrdinalIgnoreCase) || text.Contains("inf", StringComparison.OrdinalIgnoreCase)))
        {
            throw Fail(place, $"is \"{text}\"; it must be a finite number.");
        }

        Expect(value, JsonValueKind.Number, place, "a number");
        // TryGetDouble refuses numbers too large for a double (1e999), which would read as infinity.
        return value.TryGetDouble(out var number) && double.IsFinite(number)
            ? number
            : throw Fail(place, $"is {value.GetRawText()}, too large; it must be a finite number.");
    }

    private JsonElement Required(JsonElement owner, string name, string at) =>
        Optional(owner, name) ?? throw Fail(Place(at, name), $"is missing; {(at.Length == 0 ? "a network file" : at)} needs \"{name}\".");

    /// <summary>The property's value, or null when it is absent or JSON null (both mean "not given").</summary>
    private static JsonElement? Optional(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private void Expect(JsonElement value, JsonValueKind kind, string place, string what)
    {
        if (value.ValueKind != kind)
        {
            throw Fail(place, $"must be {what}, not {Describe(value)}.");
        }
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "null",
    };

    private static string Place(string at, string name) => at.Length == 0 ? name : $"{at}.{name}";

    private FlowNetworkError Fail(string place, string problem) => new($"{source}, {place}: {problem}");
}
