using System.Diagnostics;

namespace Assistant.Cli.Tests;

/// <summary>Runs the real `assistant` program (the built assistant.dll) with its own database file.</summary>
public sealed class CliProcess : IDisposable
{
    public CliProcess()
    {
        Folder = Path.Combine(Path.GetTempPath(), "assistant-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    /// <summary>The built program, run as `dotnet assistant.dll ...`.</summary>
    public static string Program => Path.Combine(AppContext.BaseDirectory, "assistant.dll");

    public string Database => Path.Combine(Folder, "assistant.db");

    /// <summary>Where the program runs, as a user's shell would be; relative paths in arguments are read from here.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    public async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Starts a long-running command (serve); disposing the handle kills it.</summary>
    public RunningCommand Start(params string[] args)
    {
        var start = StartInfo(args);
        start.RedirectStandardOutput = false;
        start.RedirectStandardError = false;
        return new RunningCommand(Process.Start(start)!);
    }

    public sealed class RunningCommand(Process process) : IDisposable
    {
        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }

            process.Dispose();
        }
    }

    private ProcessStartInfo StartInfo(string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = WorkingDirectory,
        };
        start.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Assistant__Database"] = Database;
        return start;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS.
        }
    }
}
