using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Assistant.Bench;

/// <summary>
/// Many operators at once against the real web server: the server is started as its own process
/// (the built src/Assistant.Web, a fresh demo store in a temporary folder, loopback only), then
/// for each level of concurrency that many clients ask POST /api/chat in a closed loop (each asks
/// its next question as soon as its answer arrives) for a fixed time. History and what-if
/// questions are mixed; forecast breakdowns are measured apart, at the end, because they are
/// allowed to be slower. Reports throughput, p50/p95/p99 and errors per level, and the server's
/// memory after each level (growth would show a leak).
/// Goal (issue 12): 50 concurrent operators with p95 under 1 s for history and what-if questions on 2 cores.
/// </summary>
public static class LoadBenchmark
{
    // What operators ask most: history (volumes, lanes, defects, site facts) and what-ifs on the store's network.
    private static readonly string[] Questions =
    [
        "What was the volume at SEA4 last week?",
        "How many packages did PDX2 handle yesterday?",
        "How much did lane SEA4-GEG1 carry last month?",
        "What are the top 5 lanes last week?",
        "What was the missort rate at BFI3 last week?",
        "How many late departures did ORD2 have yesterday?",
        "Network volume over the last 30 days",
        "Tell me about SEA4",
        "What if demand at GEG1 grows 20%?",
        "What if SEA4 closes?",
        "What if ONT8 can ship 20% less?",
        "What if demand in the West region rises 10%?",
    ];

    private const string ForecastQuestion = "Break down next week's network forecast by region";

    public static async Task<int> RunAsync(string[] args)
    {
        // load [seconds a level] [levels, comma-separated] [--url URL: drive a server already running, e.g. under a profiler]
        var url = args.SkipWhile(a => a != "--url").Skip(1).FirstOrDefault();
        var positional = args.TakeWhile(a => a != "--url").ToArray();
        var seconds = positional.Length > 0 ? int.Parse(positional[0], CultureInfo.InvariantCulture) : 20;
        int[] levels = positional.Length > 1 ? positional[1].Split(',').Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToArray() : [1, 10, 50, 100];
        var folder = Path.Combine(Path.GetTempPath(), "assistant-bench-load", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var server = url is null ? await WebServerProcess.StartAsync(folder) : WebServerProcess.Running(new Uri(url));
        try
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1000, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
            {
                BaseAddress = server.Address,
                Timeout = TimeSpan.FromSeconds(120),
            };

            Console.WriteLine($"load: POST /api/chat, {Questions.Length} history and what-if questions in a closed loop, {seconds} s a level, " +
                $"{Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}, load average {LoadAverage()}; server started in {server.StartupSeconds:0.0} s");

            // Every question once, alone: the first of each kind pays for JIT and caches, which is start-up, not load.
            var warm = Stopwatch.GetTimestamp();
            foreach (var question in Questions)
            {
                var result = await AskAsync(client, question, CancellationToken.None);
                if (!result.Ok)
                {
                    Console.Error.WriteLine($"warm-up: '{question}' failed: {result.Error}");
                }
            }

            Console.WriteLine($"warm-up (each question once): {Stopwatch.GetElapsedTime(warm).TotalSeconds:0.0} s");
            if (args.Contains("--per-question"))
            {
                await CostPerQuestionAsync(client, server);
            }

            Console.WriteLine("| clients | requests | errors | requests/s | p50 | p95 | p99 | max | server CPU per request | server memory after |");
            Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            bool? goalMet = null;
            foreach (var clients in levels)
            {
                var cpuBefore = server.CpuMilliseconds();
                var level = await DriveAsync(client, clients, TimeSpan.FromSeconds(seconds));
                // CPU time the server spent per answer: unlike latency, it hardly moves with the machine's outside load.
                var cpuPerRequest = (server.CpuMilliseconds() - cpuBefore) / Math.Max(1, level.Latencies.Count + level.Errors);
                var memory = server.WorkingSetMegabytes();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {clients} | {level.Latencies.Count} | {level.Errors} | {level.Latencies.Count / level.Elapsed.TotalSeconds:0.0} | {Ms(level, 50)} | {Ms(level, 95)} | {Ms(level, 99)} | {(level.Latencies.Count > 0 ? level.Latencies.Max() : double.NaN):0} ms | {cpuPerRequest:0.0} ms | {memory:0} MB |"));
                foreach (var error in level.FirstErrors)
                {
                    Console.Error.WriteLine($"  error at {clients} clients: {error}");
                }

                if (clients == 50)
                {
                    goalMet = level.Errors == 0 && level.Latencies.Count > 0 && Percentiles.Of(level.Latencies, 95) < 1000;
                }
            }

            // Forecast breakdowns, stated apart: ten at once after everything above has warmed the store.
            var breakdowns = await DriveCountAsync(client, ForecastQuestion, clients: 10);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"forecast breakdown \"{ForecastQuestion}\", 10 at once: p50 {Ms(breakdowns, 50)}, max {(breakdowns.Latencies.Count > 0 ? breakdowns.Latencies.Max() : double.NaN):0} ms, errors {breakdowns.Errors}"));
            foreach (var error in breakdowns.FirstErrors)
            {
                Console.Error.WriteLine($"  forecast breakdown error: {error}");
            }

            Console.WriteLine(goalMet switch
            {
                true => "goal met: 50 clients, p95 < 1 s, no errors",
                false => "goal NOT met at 50 clients (p95 < 1 s, no errors)",
                null => "goal not measured (50 clients was not among the levels)",
            });
            return 0;
        }
        finally
        {
            server.Dispose();
            TryDelete(folder);
        }
    }

    /// <summary>Where the CPU goes: each question asked 20 times by one client, with the server's CPU time per answer.</summary>
    private static async Task CostPerQuestionAsync(HttpClient client, WebServerProcess server)
    {
        Console.WriteLine("| question | server CPU per answer | p50 (one client) |");
        Console.WriteLine("| --- | ---: | ---: |");
        foreach (var question in Questions)
        {
            var before = server.CpuMilliseconds();
            var times = new List<double>();
            for (var i = 0; i < 20; i++)
            {
                times.Add((await AskAsync(client, question, CancellationToken.None)).Milliseconds);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {question} | {(server.CpuMilliseconds() - before) / 20:0.0} ms | {Percentiles.Of(times, 50):0} ms |"));
        }
    }

    private static string Ms(LevelResult level, double p) =>
        level.Latencies.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $"{Percentiles.Of(level.Latencies, p):0} ms") : "–";

    private static async Task<LevelResult> DriveAsync(HttpClient client, int clients, TimeSpan duration)
    {
        var result = new LevelResult();
        using var stop = new CancellationTokenSource(duration);
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            // Each client starts at its own place in the list so that the mix is the same at any moment.
            var next = c * 5;
            while (!stop.IsCancellationRequested)
            {
                var question = Questions[next++ % Questions.Length];
                var answer = await AskAsync(client, question, CancellationToken.None);
                result.Add(answer, question);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        result.Elapsed = Stopwatch.GetElapsedTime(started);
        return result;
    }

    private static async Task<LevelResult> DriveCountAsync(HttpClient client, string question, int clients)
    {
        var result = new LevelResult();
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () => result.Add(await AskAsync(client, question, CancellationToken.None), question))));
        result.Elapsed = Stopwatch.GetElapsedTime(started);
        return result;
    }

    private static async Task<Answer> AskAsync(HttpClient client, string question, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.PostAsJsonAsync("/api/chat", new { question }, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return new Answer(elapsed, false, $"{(int)response.StatusCode} {Shorten(body)}");
            }

            // An answer made of a tool error or a timeout is a failure under load, even with 200.
            using var document = JsonDocument.Parse(body);
            var calls = document.RootElement.GetProperty("toolCalls").EnumerateArray().ToList();
            if (calls.Count == 0)
            {
                return new Answer(elapsed, false, $"answered without a tool: {Shorten(body)}");
            }

            return calls.Any(c => c.GetProperty("outcome").GetString() != "ok")
                ? new Answer(elapsed, false, $"a tool call failed: {Shorten(body)}")
                : new Answer(elapsed, true, null);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException)
        {
            return new Answer(Stopwatch.GetElapsedTime(started).TotalMilliseconds, false, exception.Message);
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the ending server; the temporary folder is cleaned by the system.
        }
    }

    private sealed record Answer(double Milliseconds, bool Ok, string? Error);

    private sealed class LevelResult
    {
        private readonly Lock _gate = new();

        public List<double> Latencies { get; } = [];

        public int Errors { get; private set; }

        public List<string> FirstErrors { get; } = [];

        public TimeSpan Elapsed { get; set; }

        public void Add(Answer answer, string question)
        {
            lock (_gate)
            {
                if (answer.Ok)
                {
                    Latencies.Add(answer.Milliseconds);
                    return;
                }

                Errors++;
                if (FirstErrors.Count < 3)
                {
                    FirstErrors.Add($"'{question}': {answer.Error}");
                }
            }
        }
    }

    /// <summary>The built web app (src/Assistant.Web) run as its own process on a free loopback port.</summary>
    private sealed class WebServerProcess : IDisposable
    {
        private readonly Process? _process;

        private WebServerProcess(Process? process, Uri address, double startupSeconds)
        {
            _process = process;
            Address = address;
            StartupSeconds = startupSeconds;
        }

        public Uri Address { get; }

        public double StartupSeconds { get; }

        public static async Task<WebServerProcess> StartAsync(string folder)
        {
            var dll = FindWebApp();
            var port = FreePort();
            var address = new Uri($"http://127.0.0.1:{port}");
            var start = new ProcessStartInfo(Native.DotnetHost.OfThisProcess(), [dll, "--urls", address.ToString().TrimEnd('/'), "--Assistant:Database", Path.Combine(folder, "load.db")])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Path.GetDirectoryName(dll)!,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            // Request logs at Information would measure the console, not the server.
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            var started = Stopwatch.GetTimestamp();
            var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {dll}");
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine($"server: {e.Data}"); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
            var deadline = DateTime.UtcNow.AddMinutes(5);
            while (DateTime.UtcNow < deadline)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"the web server ended with exit code {process.ExitCode} before answering");
                }

                try
                {
                    using var health = await probe.GetAsync("/healthz");
                    if (health.IsSuccessStatusCode)
                    {
                        return new WebServerProcess(process, address, Stopwatch.GetElapsedTime(started).TotalSeconds);
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                catch (TaskCanceledException)
                {
                    // Listening but busy filling the store.
                }

                await Task.Delay(250);
            }

            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the web server did not answer /healthz within 5 minutes");
        }

        /// <summary>A server someone else started (its memory is not read).</summary>
        public static WebServerProcess Running(Uri address) => new(null, address, 0);

        /// <summary>CPU time of the server and every process it started (solver workers), alive now.</summary>
        public double CpuMilliseconds() => _process is null ? double.NaN : ProcessTreeCpu.Milliseconds(_process.Id);

        public double WorkingSetMegabytes()
        {
            if (_process is null)
            {
                return double.NaN;
            }

            _process.Refresh();
            return _process.WorkingSet64 / 1024.0 / 1024.0;
        }

        public void Dispose()
        {
            if (_process is null)
            {
                return;
            }

            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }

            _process.Dispose();
        }

        // The bench project references the web project (without its assembly), so a build of the
        // bench builds the web app in its own folder, with its runtimeconfig and static assets.
        private static string FindWebApp()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Assistant.sln")))
                {
                    var dll = Path.Combine(folder.FullName, "src", "Assistant.Web", "bin", "Release", "net10.0", "Assistant.Web.dll");
                    return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the web app first (dotnet build -c Release): {dll} is missing.");
                }
            }

            throw new DirectoryNotFoundException("The bench must run from a checkout (Assistant.sln was not found above it).");
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
