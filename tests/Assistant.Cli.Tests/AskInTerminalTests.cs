using System.Diagnostics;

namespace Assistant.Cli.Tests;

/// <summary>
/// `assistant ask` as a person at a terminal sees it (the real program under a pseudo-terminal, by
/// util-linux `script`) and as a pipe gets it: drawn with styles in the one, Markdown as written in
/// the other.
/// </summary>
public sealed class AskInTerminalTests : IDisposable
{
    private readonly CliProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task In_a_terminal_the_answer_is_bold_text_not_asterisks()
    {
        var question = "Tell me about PDX2";
        var start = new ProcessStartInfo("script")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        // script runs the command on a new pseudo-terminal and copies what it shows to stdout.
        foreach (var arg in new[] { "-q", "-e", "-c", $"dotnet '{CliProcess.Program}' ask '{question}'", "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Assistant__Database"] = _cli.Database;
        start.Environment["TERM"] = "xterm-256color";
        start.Environment.Remove("NO_COLOR");
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        var shown = await output;
        Assert.True(process.ExitCode == 0, shown + await error);
        Assert.Contains("\u001b[1mPDX2\u001b[0m", shown);
        Assert.DoesNotContain("**", shown);
        Assert.Contains("Portland sort center", shown);
    }

    [Fact]
    public async Task Into_a_pipe_the_answer_is_the_markdown_as_written()
    {
        var (code, output, error) = await _cli.RunAsync("ask", "Tell me about PDX2");

        Assert.True(code == 0, error);
        Assert.Contains("**PDX2**", output);
        Assert.DoesNotContain("\u001b[", output);
    }
}
