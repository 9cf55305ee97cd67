using Assistant.Core;
using YamlDotNet.RepresentationModel;

namespace Assistant.Agent.Prompts;

/// <summary>
/// The texts the assistant speaks with, loaded from the prompts/ folder so that they can be
/// edited without a build: the system prompt for LLM brains (system.md) and the offline
/// brain's answer templates and phrases (answers.yaml, offline.yaml).
/// </summary>
public sealed class PromptLibrary
{
    private readonly IReadOnlyDictionary<string, string> _answers;
    private readonly IReadOnlyDictionary<string, string> _phrases;

    private PromptLibrary(string folder, string systemPrompt, IReadOnlyDictionary<string, string> answers, IReadOnlyDictionary<string, string> phrases)
    {
        Folder = folder;
        SystemPrompt = systemPrompt;
        _answers = answers;
        _phrases = phrases;
    }

    public string Folder { get; }

    public string SystemPrompt { get; }

    /// <summary>The prompts folder shipped next to the program.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "prompts");

    public static PromptLibrary Load(string? folder = null)
    {
        folder ??= DefaultFolder;
        if (!Directory.Exists(folder))
        {
            throw new InputError($"The prompts folder '{folder}' does not exist.");
        }

        return new PromptLibrary(
            folder,
            File.ReadAllText(Path.Combine(folder, "system.md")).Trim(),
            ReadMap(Path.Combine(folder, "answers.yaml")),
            ReadMap(Path.Combine(folder, "offline.yaml")));
    }

    /// <summary>The answer template for a tool's result, or null when there is none.</summary>
    public string? AnswerTemplate(string tool) => _answers.GetValueOrDefault(tool);

    /// <summary>A fixed phrase of the offline brain (greeting, clarification, out of scope).</summary>
    public string Phrase(string key) => _phrases.TryGetValue(key, out var text)
        ? text
        : throw new InvalidOperationException($"prompts/offline.yaml has no phrase '{key}'.");

    private static Dictionary<string, string> ReadMap(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputError($"The prompt file '{path}' is missing.");
        }

        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            yaml.Load(reader);
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (yaml.Documents.Count > 0 && yaml.Documents[0].RootNode is YamlMappingNode root)
        {
            foreach (var (key, value) in root.Children)
            {
                if (key is YamlScalarNode k && value is YamlScalarNode v && k.Value is not null)
                {
                    map[k.Value] = (v.Value ?? "").TrimEnd();
                }
            }
        }

        return map;
    }
}
