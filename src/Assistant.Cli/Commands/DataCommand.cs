using System.CommandLine;
using Assistant.Core.Demo;
using Assistant.Core.Store;

namespace Assistant.Cli.Commands;

/// <summary>`assistant data init|import|export`: create the store, load CSV files into it, write it out as CSV.</summary>
public static class DataCommand
{
    public static Command Create()
    {
        var command = new Command("data", "Create, import or export the network store.");
        command.Subcommands.Add(Init());
        return command;
    }

    private static Command Init()
    {
        var force = new Option<bool>("--force") { Description = "Replace whatever the store holds with a fresh demo network." };
        var years = new Option<int>("--years") { Description = "Years of demo history (1-10).", DefaultValueFactory = _ => DemoNetwork.DefaultYears };
        var command = new Command("init", "Create the store and fill it with the demo network (ending yesterday) if it is empty.") { force, years };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = CliSettings.Resolve(parse.GetValue(GlobalOptions.Database), null);
            var store = new SqliteNetworkStore(new SqliteDatabase(settings.Database));
            var window = await store.GetHistoryWindowAsync(cancellationToken);
            if (window is not null && !parse.GetValue(force))
            {
                Console.Out.WriteLine($"{settings.Database} already holds history from {window.First:yyyy-MM-dd} to {window.Last:yyyy-MM-dd}; use --force to replace it with the demo network.");
                return 0;
            }

            var n = parse.GetValue(years);
            if (n is < 1 or > 10)
            {
                throw new Core.InputError($"--years must be between 1 and 10, not {n}.");
            }

            Console.Out.WriteLine($"Generating the demo network ({n} years of history, seed {DemoNetwork.Seed})...");
            var data = DemoNetwork.Generate(NetworkStoreSetup.Yesterday(TimeProvider.System), n);
            await store.ImportAsync(data, replace: true, cancellationToken);
            Console.Out.WriteLine($"Wrote {data.Sites.Count} sites, {data.Lanes.Count} lanes, {data.SiteDays.Count:N0} site days and {data.LaneDays.Count:N0} lane days to {settings.Database}.");
            return 0;
        });
        return command;
    }
}
