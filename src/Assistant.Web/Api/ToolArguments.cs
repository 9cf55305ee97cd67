using System.Text.Json;

namespace Assistant.Web.Api;

/// <summary>
/// Checks a direct call's arguments against the function's JSON Schema before the function runs,
/// so a client learns which argument is wrong by name (the function layer would only say that
/// some JSON did not convert). It covers the part of JSON Schema the plugin functions' schemas use:
/// type (one or a list, "integer" as a whole number), properties, required, items, enum,
/// additionalProperties, anyOf/oneOf and local $ref. Unknown arguments are refused: a misspelt
/// optional argument would otherwise be dropped without a word and the default answered instead.
/// </summary>
public static class ToolArguments
{
    /// <summary>The problems found, keyed by the argument's path (site, changes[0].kind); empty when the arguments fit.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(JsonElement schema, JsonElement arguments)
    {
        var problems = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (arguments.ValueKind != JsonValueKind.Object)
        {
            Add(problems, "", $"The arguments must be a JSON object, not {Describe(arguments.ValueKind)}.");
        }
        else
        {
            Check(schema, schema, arguments, "", problems, topLevel: true);
        }

        return problems.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    private static void Check(JsonElement root, JsonElement schema, JsonElement value, string path, Dictionary<string, List<string>> problems, bool topLevel = false)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return; // true / {}-like schemas accept anything.
        }

        if (schema.TryGetProperty("$ref", out var reference) && Resolve(root, reference.GetString()) is { } target)
        {
            Check(root, target, value, path, problems, topLevel);
            return;
        }

        foreach (var keyword in (ReadOnlySpan<string>)["anyOf", "oneOf"])
        {
            if (schema.TryGetProperty(keyword, out var branches) && branches.ValueKind == JsonValueKind.Array)
            {
                if (!branches.EnumerateArray().Any(branch => Fits(root, branch, value)))
                {
                    Add(problems, path, $"'{Name(path)}' fits none of the allowed forms.");
                    return;
                }
            }
        }

        if (schema.TryGetProperty("type", out var type) && !TypeFits(type, value))
        {
            Add(problems, path, $"'{Name(path)}' must be {Expected(type)}, not {Describe(value.ValueKind)}.");
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && allowed.ValueKind == JsonValueKind.Array
            && !allowed.EnumerateArray().Any(option => JsonElement.DeepEquals(option, value)))
        {
            Add(problems, path, $"'{Name(path)}' must be one of {string.Join(", ", allowed.EnumerateArray().Select(o => o.GetRawText()))}.");
            return;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(root, schema, value, path, problems, topLevel);
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(root, items, item, $"{path}[{index++}]", problems);
            }
        }
    }

    private static void CheckObject(JsonElement root, JsonElement schema, JsonElement value, string path, Dictionary<string, List<string>> problems, bool topLevel)
    {
        var hasProperties = schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object;
        var known = hasProperties ? properties.EnumerateObject().Select(p => p.Name).ToList() : [];
        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()).OfType<string>())
            {
                if (!value.TryGetProperty(name, out var given) || given.ValueKind == JsonValueKind.Null)
                {
                    Add(problems, Join(path, name), $"'{Join(path, name)}' is required.");
                }
            }
        }

        var closed = hasProperties && !(schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind != JsonValueKind.False);
        foreach (var property in value.EnumerateObject())
        {
            var propertyPath = Join(path, property.Name);
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(root, propertySchema, property.Value, propertyPath, problems);
            }
            else if (closed)
            {
                var what = topLevel ? "argument" : "property";
                Add(problems, propertyPath, $"'{propertyPath}' is not a known {what}. Known: {string.Join(", ", known)}.");
            }
        }
    }

    private static bool Fits(JsonElement root, JsonElement schema, JsonElement value)
    {
        var scratch = new Dictionary<string, List<string>>();
        Check(root, schema, value, "", scratch);
        return scratch.Count == 0;
    }

    private static bool TypeFits(JsonElement type, JsonElement value) => type.ValueKind switch
    {
        JsonValueKind.String => IsOfType(type.GetString(), value),
        JsonValueKind.Array => type.EnumerateArray().Any(t => IsOfType(t.GetString(), value)),
        _ => true,
    };

    private static bool IsOfType(string? type, JsonElement value) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        // Written as a whole number: the function layer will not read 3.0 into an int.
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => true,
    };

    // Only references inside the function's own schema ("#", "#/$defs/x", "#/properties/y") occur.
    private static JsonElement? Resolve(JsonElement root, string? reference)
    {
        if (reference is null || !reference.StartsWith('#'))
        {
            return null;
        }

        var current = root;
        foreach (var part in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current;
    }

    private static string Expected(JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? string.Join(" or ", type.EnumerateArray().Select(t => Article(t.GetString())))
        : Article(type.GetString());

    private static string Article(string? type) => type switch
    {
        "integer" => "a whole number",
        "array" => "an array",
        "object" => "an object",
        "null" => "null",
        "string" or "number" or "boolean" => "a " + type,
        _ => type ?? "?",
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Name(string path) => path.Length == 0 ? "arguments" : path;

    private static void Add(Dictionary<string, List<string>> problems, string path, string message)
    {
        if (!problems.TryGetValue(path, out var list))
        {
            problems[path] = list = [];
        }

        list.Add(message);
    }
}
