using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Assistant.Agent.Prompts;
using Assistant.Plugins.Questions;

namespace Assistant.Agent.Offline;

/// <summary>Writes the offline brain's words: answers from tool results through the templates, and its fixed phrases.</summary>
public sealed partial class AnswerWriter(PromptLibrary prompts)
{
    public string FromResults(IReadOnlyList<(string Tool, JsonElement Result)> results)
    {
        var parts = new List<string>();
        foreach (var (tool, result) in results)
        {
            if (result.ValueKind == JsonValueKind.Object && result.TryGetProperty("error", out var error))
            {
                parts.Add(prompts.Phrase("tool_error").Replace("{error}", error.GetString(), StringComparison.Ordinal));
                continue;
            }

            var template = prompts.AnswerTemplate(tool);
            parts.Add(template is null
                ? prompts.Phrase("no_template").Replace("{tool}", tool, StringComparison.Ordinal)
                : AnswerTemplate.Render(template, result).Trim());
        }

        // Empty template blocks leave blank lines behind; Markdown needs at most one between paragraphs.
        return ExtraBlankLines().Replace(string.Join("\n\n", parts), "\n\n").Trim();
    }

    public string Help(IEnumerable<QuestionIntent> intents) =>
        prompts.Phrase("help").Trim() + "\n\n" + Capabilities(intents);

    public string OutOfScope(IEnumerable<QuestionIntent> intents) =>
        prompts.Phrase("out_of_scope").Trim() + "\n\n" + Capabilities(intents);

    public string UnknownPlace(IReadOnlyList<string> codes, Core.Network.NetworkCatalog catalog) =>
        prompts.Phrase("unknown_place")
            .Replace("{codes}", string.Join(", ", codes), StringComparison.Ordinal)
            .Replace("{examples}", string.Join(", ", catalog.Sites.Where(s => s.Kind == Core.Network.SiteKind.SortCenter).Take(4).Select(s => s.Code)), StringComparison.Ordinal)
            .Trim();

    public string Thanks() => prompts.Phrase("thanks").Trim();

    public string MissingTool(string tool) => prompts.Phrase("missing_tool").Replace("{tool}", tool, StringComparison.Ordinal);

    private static string Capabilities(IEnumerable<QuestionIntent> intents)
    {
        var builder = new StringBuilder();
        foreach (var intent in intents)
        {
            builder.Append("- ").Append(char.ToUpperInvariant(intent.Summary[0])).Append(intent.Summary[1..])
                .Append(", e.g. *").Append(intent.Examples[0]).Append("*\n");
        }

        return builder.ToString().TrimEnd();
    }

    [GeneratedRegex(@"\n[ \t]*(\n[ \t]*){2,}")]
    private static partial Regex ExtraBlankLines();
}
