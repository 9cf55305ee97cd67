using Microsoft.Extensions.AI;

namespace Assistant.Plugins;

/// <summary>Turns a plugin method into a described, JSON-typed function, with results in <see cref="PluginJson"/> form.</summary>
public static class PluginFunction
{
    public static AIFunction Create(Delegate method, string name, string description) =>
        AIFunctionFactory.Create(method, new AIFunctionFactoryOptions
        {
            Name = name,
            Description = description,
            SerializerOptions = PluginJson.Options,
        });
}
