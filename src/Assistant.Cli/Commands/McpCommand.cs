using System.CommandLine;
using Assistant.Agent;
using Assistant.Core;
using Assistant.Agent.Loop;
using Assistant.Cli.Mcp;
using Assistant.Native;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;

namespace Assistant.Cli.Commands;

/// <summary>
/// `assistant mcp`: every plugin function as a tool of an MCP server over stdio, for Claude Desktop
/// and any other MCP client. Standard output carries the protocol only; logs go to standard error.
/// </summary>
public static class McpCommand
{
    public static Command Create()
    {
        var command = new Command("mcp", "Serve every planning tool to MCP clients (Claude Desktop, IDEs, other agents) over stdio.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            // First, before anything can print: from here on stdout is the protocol's alone.
            await using var protocol = ProtocolStdout.Claim();
            using var loggers = LoggerFactory.Create(logging => logging
                .SetMinimumLevel(LogLevel.Warning)
                .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

            var settings = CliSettings.Resolve(parse.GetValue(GlobalOptions.Database), parse.GetValue(GlobalOptions.Brain));
            var tools = StartToolsAsync(settings, loggers, stop.Token);
            // Our own line reader rather than the SDK's StreamServerTransport: it answers every
            // line, a broken one with the JSON-RPC error that says what is wrong (docs/mcp.md).
            await using var transport = new ProtocolLineTransport(Console.OpenStandardInput(), protocol, loggers);
            await using var server = McpServer.Create(transport, McpServerSetup.Options(tools), loggers);
            // Ends when the client closes stdin (or on Ctrl+C).
            var serving = server.RunAsync(stop.Token);

            if (await Task.WhenAny(tools, serving) == tools && tools.IsFaulted
                && tools.Exception?.GetBaseException() is InputError error)
            {
                // A store that cannot be opened ends the server with its error (exit code 2, as for
                // every user mistake), instead of failing every call that follows. Exit at once:
                // a read of stdin cannot be cancelled, so while the client holds stdin open an
                // orderly shutdown of the transport would wait for ever.
                await Console.Error.WriteLineAsync($"error: {error.Message}");
                await Console.Error.FlushAsync(CancellationToken.None);
                Environment.Exit(2);
            }

            if (tools.IsFaulted)
            {
                // Anything else is a fault of ours: the same immediate exit, with the details logged.
                loggers.CreateLogger("mcp").LogError(tools.Exception, "The planning tools could not start.");
                await Console.Error.FlushAsync(CancellationToken.None);
                Environment.Exit(1);
            }

            await serving;
            return 0;
        });
        return command;
    }

    private static async Task<PluginTools> StartToolsAsync(AssistantSettings settings, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var runtime = await AssistantRuntime.StartAsync(settings, loggers: loggers, cancellationToken: cancellationToken);
        // A solver worker process started now spares the first what-if its start-up.
        Assistant.Optimization.Solving.SolverWorkerPool.Shared.WarmUp();
        return new PluginTools(runtime.Plugins, runtime.Settings.AgentOptions.ToolTimeout, loggers.CreateLogger<ToolBox>());
    }
}
