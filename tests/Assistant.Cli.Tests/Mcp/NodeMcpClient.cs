using System.Diagnostics;

namespace Assistant.Cli.Tests.Mcp;

/// <summary>
/// tests/mcp-node/client.mjs: the official TypeScript MCP SDK's client, run with node. node and
/// the script's packages (`npm ci`, done by scripts/install-test-tools.sh from scripts/test.sh) are part of the
/// test machine, like Chromium: when either is missing the test fails and says how to fix it.
/// </summary>
public static class NodeMcpClient
{
    public static string ScriptFolder =>
        FindUp(AppContext.BaseDirectory, Path.Combine("tests", "mcp-node", "package.json")) is { } package
            ? Path.GetDirectoryName(package)!
            : throw new InvalidOperationException($"tests/mcp-node is not above {AppContext.BaseDirectory}.");

    /// <summary>Runs the client against `command args...`; returns its exit code, stdout and stderr.</summary>
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(
        IReadOnlyDictionary<string, string> environment, string command, params string[] args)
    {
        var node = FindOnPath("node");
        Assert.True(node is not null,
            "node is not installed (on PATH). The MCP test runs the official TypeScript SDK client with it: install Node.js 18 or later, then `bash scripts/install-test-tools.sh`.");
        var folder = ScriptFolder;
        Assert.True(File.Exists(Path.Combine(folder, "node_modules", "@modelcontextprotocol", "sdk", "package.json")),
            $"The TypeScript MCP SDK is not installed in {folder}. Run `bash scripts/install-test-tools.sh` (it runs `npm ci` there).");

        var start = new ProcessStartInfo(node!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        start.ArgumentList.Add("client.mjs");
        start.ArgumentList.Add(command);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);

    private static string? FindUp(string folder, string relative)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
