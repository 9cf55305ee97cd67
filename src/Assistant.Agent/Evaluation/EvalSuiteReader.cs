using System.Globalization;
using System.Text.Json.Nodes;
using Assistant.Core;
using Assistant.Optimization.Network;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Assistant.Agent.Evaluation;

/// <summary>
/// Reads YAML suites (see README "Evaluation suites"). The whole input is checked before
/// anything runs: every problem is collected and reported together, each naming the file, line,
/// case id and field, so that a typo never silently turns a check off.
/// </summary>
public static class EvalSuiteReader
{
    private static readonly string[] SuiteKeys = ["name", "today", "network", "cases"];
    private static readonly string[] CaseKeys = ["id", "ask", "network", "expect"];
    private static readonly string[] ExpectKeys = ["tools", "args", "answer_contains", "answer_not_contains", "answer_number", "grounded"];

    /// <summary>Reads a suite file, or every .yaml/.yml file under a folder (sorted by path).</summary>
    /// <exception cref="InputError">Listing every problem found; nothing is returned when there is any.</exception>
    public static IReadOnlyList<EvalSuite> Read(string fileOrFolder)
    {
        string[] files;
        if (Directory.Exists(fileOrFolder))
        {
            files = Directory.EnumerateFiles(fileOrFolder, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToArray();
            if (files.Length == 0)
            {
                throw new InputError($"{fileOrFolder}: no .yaml or .yml suite files in this folder.");
            }
        }
        else if (File.Exists(fileOrFolder))
        {
            files = [fileOrFolder];
        }
        else
        {
            throw new InputError($"{fileOrFolder}: no such file or folder.");
        }

        var problems = new List<string>();
        var suites = new List<EvalSuite>();
        foreach (var file in files)
        {
            if (Parse(File.ReadAllText(file), file, problems) is { } suite)
            {
                suites.Add(suite);
            }
        }

        CheckUniqueIds(suites, problems);
        return problems.Count == 0 ? suites : throw Refusal(problems);
    }

    /// <summary>Reads one suite from text; relative network paths are taken from the folder of <paramref name="file"/>.</summary>
    /// <exception cref="InputError">Listing every problem found.</exception>
    public static EvalSuite ReadText(string yaml, string file)
    {
        var problems = new List<string>();
        var suite = Parse(yaml, file, problems);
        if (suite is not null)
        {
            CheckUniqueIds([suite], problems);
        }

        return problems.Count == 0 && suite is not null ? suite : throw Refusal(problems);
    }

    private static InputError Refusal(List<string> problems) =>
        new($"the evaluation suite is not valid, nothing was run ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):\n  "
            + string.Join("\n  ", problems));

    private static void CheckUniqueIds(IEnumerable<EvalSuite> suites, List<string> problems)
    {
        foreach (var group in suites.SelectMany(s => s.Cases.Select(c => (s.File, c.Id))).GroupBy(x => x.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"case '{group.Key}': id: used more than once ({string.Join(", ", group.Select(x => x.File).Distinct())}); ids must be unique so that reports can name cases.");
        }
    }

    private static EvalSuite? Parse(string yaml, string file, List<string> problems)
    {
        var context = new Context(file, problems);
        YamlNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0)
            {
                context.Add(null, null, "", "the file is empty.");
                return null;
            }

            root = stream.Documents[0].RootNode;
        }
        catch (YamlException error)
        {
            problems.Add($"{file}:{error.Start.Line}: not valid YAML: {error.InnerException?.Message ?? error.Message}");
            return null;
        }

        if (root is not YamlMappingNode suiteMap)
        {
            context.Add(root, null, "", "a suite is a map with name and cases.");
            return null;
        }

        context.UnknownKeys(suiteMap, SuiteKeys, null, "");
        var name = context.RequiredString(suiteMap, "name", null, "");
        DateOnly? today = null;
        if (Child(suiteMap, "today") is { } todayNode)
        {
            if (context.Scalar(todayNode, null, "today") is { } text)
            {
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    today = day;
                }
                else
                {
                    context.Add(todayNode, null, "today", $"'{text}' is not a date like 2026-11-22.");
                }
            }
        }

        var network = Child(suiteMap, "network") is { } networkNode ? context.NetworkFile(networkNode, null, "network") : null;
        var cases = new List<EvalCase>();
        switch (Child(suiteMap, "cases"))
        {
            case null:
                context.Add(suiteMap, null, "cases", "missing; a suite needs at least one case.");
                break;
            case YamlSequenceNode list when list.Children.Count == 0:
                context.Add(list, null, "cases", "empty; a suite needs at least one case.");
                break;
            case YamlSequenceNode list:
                for (var i = 0; i < list.Children.Count; i++)
                {
                    if (ParseCase(list.Children[i], i, context) is { } parsed)
                    {
                        cases.Add(parsed);
                    }
                }

                break;
            case var other:
                context.Add(other, null, "cases", "must be a list of cases.");
                break;
        }

        return name is null ? null : new EvalSuite(name, file, today, network, cases);
    }

    private static EvalCase? ParseCase(YamlNode node, int index, Context context)
    {
        if (node is not YamlMappingNode map)
        {
            context.Add(node, $"#{index + 1}", "", "a case is a map with id, ask and expect.");
            return null;
        }

        var id = Child(map, "id") is YamlScalarNode { Value: { Length: > 0 } value } ? value.Trim() : null;
        var label = id ?? $"#{index + 1}";
        if (id is null)
        {
            context.Add(map, label, "id", "missing; every case needs an id.");
        }

        context.UnknownKeys(map, CaseKeys, label, "");
        var turns = new List<string>();
        switch (Child(map, "ask"))
        {
            case null:
                context.Add(map, label, "ask", "missing; the question (or a list of turns) to ask.");
                break;
            case YamlScalarNode { Value: { } question } when !string.IsNullOrWhiteSpace(question):
                turns.Add(question.Trim());
                break;
            case YamlSequenceNode list when list.Children.Count > 0:
                for (var i = 0; i < list.Children.Count; i++)
                {
                    if (list.Children[i] is YamlScalarNode { Value: { } turn } && !string.IsNullOrWhiteSpace(turn))
                    {
                        turns.Add(turn.Trim());
                    }
                    else
                    {
                        context.Add(list.Children[i], label, $"ask[{i}]", "each turn must be a non-empty question.");
                    }
                }

                break;
            case var other:
                context.Add(other, label, "ask", "must be a question or a non-empty list of questions.");
                break;
        }

        var network = Child(map, "network") is { } networkNode ? context.NetworkFile(networkNode, label, "network") : null;
        var expect = Child(map, "expect") switch
        {
            null => EvalExpectation.Nothing,
            YamlMappingNode expectMap => ParseExpectation(expectMap, label, context),
            var other => context.Add(other, label, "expect", "must be a map (tools, args, answer_contains, answer_number, ...).") ?? EvalExpectation.Nothing,
        };

        return id is null ? null : new EvalCase(id, turns, expect, network);
    }

    private static EvalExpectation ParseExpectation(YamlMappingNode map, string label, Context context)
    {
        context.UnknownKeys(map, ExpectKeys, label, "expect.");
        var tools = new List<string>();
        var none = false;
        switch (Child(map, "tools"))
        {
            case null:
                break;
            case YamlScalarNode { Value: "none" }:
                none = true;
                break;
            case YamlScalarNode { Value: { Length: > 0 } single }:
                tools.Add(single.Trim());
                break;
            case YamlSequenceNode list when list.Children.Count > 0:
                foreach (var item in list.Children)
                {
                    if (context.Scalar(item, label, "expect.tools") is { } tool)
                    {
                        tools.Add(tool);
                    }
                }

                if (tools.Contains("none"))
                {
                    none = tools.Count == 1;
                    if (!none)
                    {
                        context.Add(list, label, "expect.tools", "'none' cannot be listed with tools.");
                    }

                    tools.Clear();
                }

                break;
            case var other:
                context.Add(other, label, "expect.tools", "must be a list of tool names, or none.");
                break;
        }

        var args = new Dictionary<string, IReadOnlyList<JsonObject>>(StringComparer.Ordinal);
        switch (Child(map, "args"))
        {
            case null:
                break;
            case YamlMappingNode argsMap:
                foreach (var (keyNode, value) in argsMap.Children)
                {
                    var tool = ((YamlScalarNode)keyNode).Value ?? "";
                    var field = $"expect.args.{tool}";
                    var subsets = value switch
                    {
                        YamlMappingNode one => new List<JsonObject> { (JsonObject)ToJson(one) },
                        YamlSequenceNode many when many.Children.Count > 0 && many.Children.All(c => c is YamlMappingNode) =>
                            many.Children.Select(c => (JsonObject)ToJson(c)).ToList(),
                        _ => null,
                    };
                    if (subsets is null)
                    {
                        context.Add(value, label, field, "must be a map of arguments (or a list of maps, one per call).");
                    }
                    else
                    {
                        args[tool] = subsets;
                    }
                }

                break;
            case var other:
                context.Add(other, label, "expect.args", "must be a map from tool name to expected arguments.");
                break;
        }

        if (none && args.Count > 0)
        {
            context.Add(map, label, "expect.args", "arguments are expected, but tools is none.");
        }

        var contains = context.Texts(map, "answer_contains", label);
        var notContains = context.Texts(map, "answer_not_contains", label);
        EvalNumber? number = null;
        switch (Child(map, "answer_number"))
        {
            case null:
                break;
            case YamlMappingNode numberMap:
                context.UnknownKeys(numberMap, ["value", "tolerance"], label, "expect.answer_number.");
                var value = context.Number(numberMap, "value", label, required: true);
                var tolerance = context.Number(numberMap, "tolerance", label, required: false) ?? 0.01;
                if (tolerance < 0)
                {
                    context.Add(numberMap, label, "expect.answer_number.tolerance", "must not be negative.");
                }

                number = value is null ? null : new EvalNumber(value.Value, tolerance);
                break;
            case var other:
                context.Add(other, label, "expect.answer_number", "must be a map {value: 12345, tolerance: 0.01}.");
                break;
        }

        var grounded = true;
        if (Child(map, "grounded") is { } groundedNode)
        {
            if (context.Scalar(groundedNode, label, "expect.grounded") is { } flag)
            {
                if (!bool.TryParse(flag, out grounded))
                {
                    context.Add(groundedNode, label, "expect.grounded", $"'{flag}' is not true or false.");
                    grounded = true;
                }
            }
        }

        return new EvalExpectation(tools, none, args, contains, notContains, number, grounded);
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>A YAML value as JSON, scalars kept as written (they are compared as numbers when both sides are numbers).</summary>
    private static JsonNode ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv =>
            KeyValuePair.Create(((YamlScalarNode)kv.Key).Value ?? "", (JsonNode?)ToJson(kv.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(c => (JsonNode?)ToJson(c)).ToArray()),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? ""),
        _ => JsonValue.Create(""),
    };

    /// <summary>Where problems are collected, each with file, line, case and field.</summary>
    private sealed class Context(string file, List<string> problems)
    {
        public EvalExpectation? Add(YamlNode? node, string? caseLabel, string field, string message)
        {
            var where = node is null ? file : $"{file}:{node.Start.Line}";
            var who = caseLabel is null ? "" : $" case '{caseLabel}':";
            var what = field.Length == 0 ? "" : $" {field}:";
            problems.Add($"{where}:{who}{what} {message}");
            return null;
        }

        public void UnknownKeys(YamlMappingNode map, string[] known, string? caseLabel, string prefix)
        {
            foreach (var key in map.Children.Keys)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                if (!known.Contains(name))
                {
                    Add(key, caseLabel, prefix + name, $"unknown field; expected one of {string.Join(", ", known)}.");
                }
            }
        }

        public string? Scalar(YamlNode node, string? caseLabel, string field)
        {
            if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }

            Add(node, caseLabel, field, "must be a single non-empty value.");
            return null;
        }

        public string? RequiredString(YamlMappingNode map, string key, string? caseLabel, string prefix)
        {
            if (Child(map, key) is { } node)
            {
                return Scalar(node, caseLabel, prefix + key);
            }

            Add(map, caseLabel, prefix + key, "missing.");
            return null;
        }

        public IReadOnlyList<string> Texts(YamlMappingNode map, string key, string caseLabel)
        {
            switch (Child(map, key))
            {
                case null:
                    return [];
                case YamlScalarNode { Value: { Length: > 0 } one }:
                    return [one];
                case YamlSequenceNode list when list.Children.Count > 0:
                    return list.Children.Select((c, i) => Scalar(c, caseLabel, $"expect.{key}[{i}]")).OfType<string>().ToList();
                case var other:
                    Add(other, caseLabel, "expect." + key, "must be a text or a non-empty list of texts.");
                    return [];
            }
        }

        public double? Number(YamlMappingNode map, string key, string caseLabel, bool required)
        {
            var field = $"expect.answer_number.{key}";
            switch (Child(map, key))
            {
                case null when required:
                    Add(map, caseLabel, field, "missing.");
                    return null;
                case null:
                    return null;
                case YamlScalarNode { Value: { } text } when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value):
                    return value;
                case var other:
                    Add(other, caseLabel, field, $"'{(other as YamlScalarNode)?.Value}' is not a number.");
                    return null;
            }
        }

        /// <summary>A network file, relative to the suite's folder, checked now so that a bad one stops the suite before it runs.</summary>
        public string? NetworkFile(YamlNode node, string? caseLabel, string field)
        {
            if (Scalar(node, caseLabel, field) is not { } path)
            {
                return null;
            }

            var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".", path));
            if (!File.Exists(full))
            {
                Add(node, caseLabel, field, $"no network file '{path}' (looked for {full}).");
                return null;
            }

            try
            {
                FlowNetworkJson.Load(full);
                return full;
            }
            catch (FlowNetworkError error)
            {
                Add(node, caseLabel, field, $"'{path}' is not a valid network file: {error.Message}");
                return null;
            }
        }
    }
}
