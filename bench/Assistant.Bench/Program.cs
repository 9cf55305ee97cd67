using Assistant.Bench;

// One command per benchmark: dotnet run -c Release --project bench/Assistant.Bench -- <name>
var name = args.FirstOrDefault() ?? "offline-latency";
return name switch
{
    "offline-latency" => await OfflineLatency.RunAsync(questions: args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200),
    _ => Fail($"Unknown benchmark '{name}'. Benchmarks: offline-latency."),
};

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 2;
}
