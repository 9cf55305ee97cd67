using System.Diagnostics;
using System.Runtime.Versioning;

namespace Assistant.Cli.Tests.Scripts;

/// <summary>
/// Runs one of the checkout's bash scripts with a folder of stand-in commands (a fake apt-get,
/// dotnet, ...) first on PATH, so that what the script decides can be watched without touching
/// the machine's packages or building for minutes.
/// </summary>
// The scripts are bash on Linux (/proc/locks, fcntl locks, executable stand-ins).
[SupportedOSPlatform("linux")]
public sealed class ScriptRun : IDisposable
{
    public ScriptRun()
    {
        Folder = Path.Combine(Path.GetTempPath(), "assistant-script-tests", Guid.NewGuid().ToString("N"));
        FakeBin = Path.Combine(Folder, "bin");
        Directory.CreateDirectory(FakeBin);
    }

    public string Folder { get; }

    public string FakeBin { get; }

    /// <summary>The checkout's root: the folder above this test's build output that has scripts/start.sh.</summary>
    public static string Checkout
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "scripts", "start.sh")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException($"No checkout above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>Writes an executable stand-in command, a bash script body.</summary>
    public void Fake(string command, string body)
    {
        var file = Path.Combine(FakeBin, command);
        File.WriteAllText(file, "#!/usr/bin/env bash\n" + body + "\n");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public async Task<(int ExitCode, string Out, string Error)> RunAsync(string script, IReadOnlyDictionary<string, string>? environment = null, params string[] args)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Folder,
        };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PATH"] = $"{FakeBin}:{Environment.GetEnvironmentVariable("PATH")}";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
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
