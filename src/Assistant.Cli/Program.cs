using System.CommandLine;
using Assistant.Agent.Brains;
using Assistant.Cli;
using Assistant.Cli.Commands;
using Assistant.Core;

var root = new RootCommand("Middle-mile planning assistant: ask about volumes, lanes, sites and defects of a parcel network.")
{
    GlobalOptions.Database,
    GlobalOptions.Brain,
    AskCommand.Create(),
    ChatCommand.Create(),
    ServeCommand.Create(),
    DataCommand.Create(),
    ForecastCommand.Create(),
    DetectCommand.Create(),
    EvalCommand.Create(),
    McpCommand.Create(),
};

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (InputError error)
{
    // A mistake the user can fix: say what it is, without a stack trace.
    Console.Error.WriteLine($"error: {error.Message}");
    return 2;
}
catch (BrainFailure failure)
{
    // The language-model service failed (unreachable, refused, rate-limited, timed out); the message names it, never the key.
    Console.Error.WriteLine($"error: {failure.Message}");
    return 3;
}
