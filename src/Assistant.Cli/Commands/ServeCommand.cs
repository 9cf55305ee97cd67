using System.CommandLine;
using Assistant.Web;
using Microsoft.Extensions.Hosting;

namespace Assistant.Cli.Commands;

/// <summary>`assistant serve`: the chat web app, the same one scripts/start.sh runs.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen (default {AssistantWebApp.DefaultUrl})." };
        var command = new Command("serve", "Serve the chat in the browser.") { urls };

        // Anything else (--Assistant:MaxToolRounds=4, --environment Development) goes to the web host as is.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var args = new List<string>(parse.UnmatchedTokens);
            if (parse.GetValue(urls) is { } u)
            {
                args.Add($"--urls={u}");
            }

            if (parse.GetValue(GlobalOptions.Database) is { } database)
            {
                args.Add($"--Assistant:Database={database}");
            }

            if (parse.GetValue(GlobalOptions.Brain) is { } brain)
            {
                args.Add($"--Assistant:Brain={brain}");
            }

            var app = await AssistantWebApp.BuildAsync([.. args]);
            await app.StartAsync(cancellationToken);
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
