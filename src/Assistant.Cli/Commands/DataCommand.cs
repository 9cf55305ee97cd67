using System.CommandLine;
using Assistant.Core.Csv;
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
        command.Subcommands.Add(Import());
        command.Subcommands.Add(Export());
        return command;
    }

    private static SqliteNetworkStore Store(ParseResult parse) =>
        new(new SqliteDatabase(CliSettings.Resolve(parse.GetValue(GlobalOptions.Database), null).Database));

    private static Command Import()
    {
        var folder = new Argument<string>("folder") { Description = $"A folder with any of: regions.csv, sites.csv, lanes.csv, sort_capacity.csv, hourly_profile.csv, site_volume.csv, lane_volume.csv." };
        var replace = new Option<bool>("--replace") { Description = "Remove the network and history in the store first (in the same transaction)." };
        var command = new Command("import", "Load CSV files into the store. A bad file is rejected whole, with file, row and column named, and nothing changes.") { folder, replace };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var report = await new NetworkCsvImporter(Store(parse)).ImportFolderAsync(parse.GetValue(folder)!, parse.GetValue(replace), cancellationToken);
            Console.Out.WriteLine(report.Summary);
            return 0;
        });
        return command;
    }

    private static Command Export()
    {
        var folder = new Argument<string>("folder") { Description = "The folder to write the CSV files into (created if missing)." };
        var command = new Command("export", "Write the store's network and history as CSV files.") { folder };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var report = await new NetworkCsvExporter(Store(parse)).ExportFolderAsync(parse.GetValue(folder)!, cancellationToken);
            Console.Out.WriteLine($"Wrote {report.Rows} to {string.Join(", ", report.FilesWritten)} in {report.Folder}.");
            return 0;
        });
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
            await store.SetInfoAsync(NetworkStoreSetup.SourceKey, NetworkStoreSetup.DemoSource, cancellationToken);
            Console.Out.WriteLine($"Wrote {data.Sites.Count} sites, {data.Lanes.Count} lanes, {data.SiteDays.Count:N0} site days and {data.LaneDays.Count:N0} lane days to {settings.Database}.");
            return 0;
        });
        return command;
    }
}
