using Assistant.Agent;

namespace Assistant.Cli;

/// <summary>
/// Settings for a CLI run: the same "Assistant" keys as the web app, read from environment
/// variables (Assistant__Database, Assistant__Brain, Assistant__Prompts, Assistant__OpenAI__Endpoint,
/// Assistant__OpenAI__Model, Assistant__OpenAI__ApiKey or OPENAI_API_KEY), then overridden by
/// the --database and --brain options.
/// </summary>
public static class CliSettings
{
    public static AssistantSettings Resolve(string? database, string? brain)
    {
        var settings = new AssistantSettings();
        settings = settings with
        {
            Database = database ?? Environment.GetEnvironmentVariable("Assistant__Database") ?? settings.Database,
            Brain = brain ?? Environment.GetEnvironmentVariable("Assistant__Brain") ?? settings.Brain,
            Prompts = Environment.GetEnvironmentVariable("Assistant__Prompts") ?? settings.Prompts,
            OpenAI = settings.OpenAI with
            {
                Endpoint = Environment.GetEnvironmentVariable("Assistant__OpenAI__Endpoint") ?? settings.OpenAI.Endpoint,
                Model = Environment.GetEnvironmentVariable("Assistant__OpenAI__Model") ?? settings.OpenAI.Model,
                ApiKey = Environment.GetEnvironmentVariable("Assistant__OpenAI__ApiKey") ?? settings.OpenAI.ApiKey,
            },
        };
        return settings;
    }
}
