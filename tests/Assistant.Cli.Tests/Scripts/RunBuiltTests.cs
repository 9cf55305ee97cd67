using System.Runtime.Versioning;

namespace Assistant.Cli.Tests.Scripts;

/// <summary>
/// scripts/run-built.sh (behind ./assistant and scripts/start.sh) in a small stand-in checkout
/// with a stand-in dotnet: it builds on the first run and after any source change (an edit, a new
/// or a deleted file, a props file), never otherwise, and always runs the built program itself.
/// </summary>
// The scripts are bash on Linux.
[SupportedOSPlatform("linux")]
public sealed class RunBuiltTests : IDisposable
{
    private readonly ScriptRun _run = new();

    public RunBuiltTests()
    {
        Directory.CreateDirectory(Path.Combine(Root, "scripts"));
        File.Copy(Path.Combine(ScriptRun.Checkout, "scripts", "run-built.sh"), Script);
        foreach (var folder in new[] { "src/App", "plugins/Tools", "prompts", "examples/networks" })
        {
            Directory.CreateDirectory(Path.Combine(Root, folder));
        }

        File.WriteAllText(Path.Combine(Root, "src/App/Program.cs"), "// v1");
        File.WriteAllText(Path.Combine(Root, "prompts/system.md"), "v1");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "global.json"), "{}");
        // dotnet build writes the program and logs; dotnet PROGRAM says what it was asked.
        _run.Fake("dotnet", $$"""
            if [ "$1" = build ]; then
              echo "build $2" >> '{{BuildLog}}'
              mkdir -p "$2/bin/Release/net10.0" && echo built > "$2/bin/Release/net10.0/app.dll"
            else
              echo "ran $*"
            fi
            """);
    }

    public void Dispose() => _run.Dispose();

    private string Root => Path.Combine(_run.Folder, "checkout");

    private string Script => Path.Combine(Root, "scripts", "run-built.sh");

    private string BuildLog => Path.Combine(_run.Folder, "builds.log");

    private int Builds => File.Exists(BuildLog) ? File.ReadAllLines(BuildLog).Length : 0;

    private async Task<(string Out, string Error)> RunAppAsync()
    {
        var (code, output, error) = await _run.RunAsync(Script, null, "src/App", "app.dll", "ask", "two words");
        Assert.True(code == 0, error);
        return (output, error);
    }

    /// <summary>Makes a path look written a second from now, as a save after the last build would.</summary>
    private void Touch(string relative) =>
        File.SetLastWriteTimeUtc(Path.Combine(Root, relative), DateTime.UtcNow.AddSeconds(1));

    [Fact]
    public async Task The_first_run_builds_with_a_message_then_runs_the_built_program()
    {
        var (output, error) = await RunAppAsync();

        Assert.Equal(1, Builds);
        Assert.Contains("Building the assistant (the first run takes a few minutes)", error);
        Assert.Equal($"ran {Root}/src/App/bin/Release/net10.0/app.dll ask two words", output.Trim());
    }

    [Fact]
    public async Task Unchanged_sources_run_the_built_program_without_building()
    {
        await RunAppAsync();

        var (output, error) = await RunAppAsync();
        await RunAppAsync();

        Assert.Equal(1, Builds);
        Assert.Equal("", error);
        Assert.StartsWith("ran ", output);
    }

    [Theory]
    [InlineData("src/App/Program.cs")]
    [InlineData("prompts/system.md")]
    [InlineData("Directory.Packages.props")]
    [InlineData("global.json")]
    public async Task An_edited_source_is_built_before_the_next_run(string source)
    {
        await RunAppAsync();

        Touch(source);
        var (_, error) = await RunAppAsync();

        Assert.Equal(2, Builds);
        Assert.Contains("Sources changed since the last build", error);
    }

    [Fact]
    public async Task An_added_a_renamed_and_a_deleted_file_each_count_as_a_change()
    {
        await RunAppAsync();
        var added = Path.Combine(Root, "plugins/Tools/New.cs");
        var renamed = Path.Combine(Root, "plugins/Tools/Renamed.cs");

        File.WriteAllText(added, "// new");
        await RunAppAsync();
        // A rename keeps the file's modification time; only its name tells.
        File.Move(added, renamed);
        await RunAppAsync();
        File.Delete(renamed);
        await RunAppAsync();
        await RunAppAsync();

        Assert.Equal(4, Builds);
    }

    [Fact]
    public async Task Build_output_and_a_missing_program_are_not_mistaken_for_sources()
    {
        await RunAppAsync();

        // The build's own output (bin/, obj/) is newer than the stamp, yet nothing changed.
        File.WriteAllText(Path.Combine(Root, "src/App/bin/Release/net10.0/other.txt"), "x");
        File.SetLastWriteTimeUtc(Path.Combine(Root, "src/App/bin/Release/net10.0/other.txt"), DateTime.UtcNow.AddSeconds(1));
        await RunAppAsync();
        Assert.Equal(1, Builds);

        // A program removed (a clean) is built again.
        File.Delete(Path.Combine(Root, "src/App/bin/Release/net10.0/app.dll"));
        await RunAppAsync();
        Assert.Equal(2, Builds);
    }

    [Fact]
    public async Task A_failed_build_says_so_runs_nothing_and_builds_again_next_time()
    {
        _run.Fake("dotnet", $$"""
            if [ "$1" = build ]; then echo "build $2" >> '{{BuildLog}}'; echo "Program.cs(1,1): error CS1002: ; expected"; exit 1; fi
            echo "ran $*"
            """);

        var (code, output, error) = await _run.RunAsync(Script, null, "src/App", "app.dll", "ask", "x");
        await _run.RunAsync(Script, null, "src/App", "app.dll", "ask", "x");

        Assert.Equal(1, code);
        Assert.Contains("error CS1002", error);
        Assert.Contains("error: the build failed", error);
        Assert.Equal("", output);
        Assert.Equal(2, Builds);
    }
}
