namespace Assistant.Cli.Tests;

/// <summary>
/// `assistant ask --network FILE`: capacity questions plan the file instead of the store's network,
/// and a file that is missing or not a network stops the command before anything is asked.
/// </summary>
public sealed class NetworkOptionTests : IDisposable
{
    private const string WhatIf = "What happens if demand at DS1 grows 20%?";

    // The build copies examples/networks next to the program, so the relative path reads as it
    // does from the repository root.
    private readonly CliProcess _cli = new() { WorkingDirectory = AppContext.BaseDirectory };

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task A_what_if_on_a_network_file_answers_with_the_new_total_cost_and_the_change()
    {
        var (code, output, error) = await _cli.RunAsync("ask", "--network", "examples/networks/example.json", WhatIf);

        Assert.True(code == 0, error);
        // example.json: 20 standard at 11 a package and 20 oversize at 13 cost 480; 20% more costs 96 more.
        Assert.Contains("The total cost would be **576** instead of 480: **+96** (+20%).", output);
        Assert.Contains("the network file example.json", output);
    }

    [Fact]
    public async Task A_missing_network_file_is_an_error_that_names_it_and_the_known_files()
    {
        var (code, output, error) = await _cli.RunAsync("ask", "--network", "examples/networks/nosuch.json", WhatIf);

        Assert.NotEqual(0, code);
        Assert.Contains("There is no network file 'examples/networks/nosuch.json'.", error);
        Assert.Contains("Known network files: example.json, three-region.json.", error);
        Assert.DoesNotContain("total cost", output);
    }

    [Fact]
    public async Task An_invalid_network_file_is_an_error_that_says_where_it_is_wrong()
    {
        var broken = Path.Combine(_cli.Folder, "broken.json");
        await File.WriteAllTextAsync(broken, "{\"name\": \"broken\",\n \"classes\": [\"a\"]");

        var (code, output, error) = await _cli.RunAsync("ask", "--network", broken, WhatIf);

        Assert.NotEqual(0, code);
        Assert.Contains("broken.json, line 2", error);
        Assert.Contains("this is not valid JSON", error);
        Assert.DoesNotContain("total cost", output);
    }

    [Fact]
    public async Task A_network_file_that_names_an_unknown_site_in_a_lane_is_an_error()
    {
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "examples", "networks", "example.json"));
        var wrong = Path.Combine(_cli.Folder, "wrong.json");
        await File.WriteAllTextAsync(wrong, json.Replace("\"to\": \"DS1\"", "\"to\": \"DS9\"", StringComparison.Ordinal));

        var (code, _, error) = await _cli.RunAsync("ask", "--network", wrong, WhatIf);

        Assert.NotEqual(0, code);
        Assert.Contains("DS9", error);
    }
}
