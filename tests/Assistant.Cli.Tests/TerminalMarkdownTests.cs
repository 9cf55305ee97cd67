using Spectre.Console;

namespace Assistant.Cli.Tests;

/// <summary>
/// Answers drawn for a terminal: Markdown's marks become styles and layout, nothing of the
/// answer's text is lost, and text from data can never act as Spectre markup.
/// </summary>
public sealed class TerminalMarkdownTests
{
    private const string Bold = "\u001b[1m";

    /// <summary>What a terminal 80 columns wide receives, with ANSI styles or without.</summary>
    private static string Show(string markdown, bool ansi = true)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = ansi ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 80;
        console.Write(TerminalMarkdown.Render(markdown));
        return output.ToString();
    }

    /// <summary>The words as a reader follows them, line wrapping undone.</summary>
    private static string Flat(string shown) => string.Join(" ", shown.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void Bold_is_a_terminal_style_not_asterisks()
    {
        var shown = Show("**Seattle sort center** handled **103,621 packages** from Nov 9 to Nov 15, 2026 (7 days).");

        Assert.DoesNotContain("**", shown);
        Assert.Contains($"{Bold}Seattle sort center", shown);
        Assert.Contains($"{Bold}103,621 packages", shown);
        Assert.Contains("from Nov 9 to Nov 15, 2026 (7 days).", Flat(shown));
    }

    [Fact]
    public void Without_ansi_the_text_reads_plainly_with_no_markdown_marks()
    {
        var shown = Show("There are **3 regions**:\n\n- **WEST** West: 2 fulfillment centers\n- **EAST** East: 2 fulfillment centers", ansi: false);

        Assert.DoesNotContain("**", shown);
        Assert.DoesNotContain("\u001b", shown);
        Assert.Contains("There are 3 regions:", shown);
        Assert.Contains("• WEST West: 2 fulfillment centers", shown);
        Assert.Contains("• EAST East: 2 fulfillment centers", shown);
    }

    [Fact]
    public void A_numbered_list_keeps_its_numbers_and_a_long_item_wraps_under_its_own_text()
    {
        var longItem = string.Join(" ", Enumerable.Repeat("packages", 15));
        var shown = Show($"The busiest lanes:\n\n1. **SEA4-GEG1**: 12,000 packages\n2. **PDX2-EUG1**: {longItem}", ansi: false);

        var lines = shown.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        Assert.Contains("1. SEA4-GEG1: 12,000 packages", lines);
        var second = lines.FindIndex(l => l.StartsWith("2. PDX2-EUG1:", StringComparison.Ordinal));
        Assert.True(second >= 0, shown);
        // The wrapped rest of item 2 starts under "PDX2", not under the number.
        Assert.StartsWith("   packages", lines[second + 1]);
        Assert.Equal(15, string.Join(" ", lines.Skip(second)).Split(' ').Count(w => w == "packages"));
    }

    [Fact]
    public void A_table_is_drawn_with_box_lines_and_every_cell()
    {
        var shown = Show("| lane | packages |\n| --- | ---: |\n| SEA4-GEG1 | 12,000 |\n| PDX2-EUG1 | 950 |", ansi: false);

        Assert.Contains("╭", shown);
        Assert.DoesNotContain("| ---", shown);
        var rows = shown.Split('\n');
        Assert.Contains(rows, r => r.Contains("lane") && r.Contains("packages"));
        Assert.Contains(rows, r => r.Contains("SEA4-GEG1") && r.Contains("12,000"));
        // Right-aligned numbers end in the same column.
        var a = rows.Single(r => r.Contains("12,000"));
        var b = rows.Single(r => r.Contains("950"));
        Assert.Equal(a.IndexOf("12,000", StringComparison.Ordinal) + 6, b.IndexOf("950", StringComparison.Ordinal) + 3);
    }

    [Fact]
    public void Square_brackets_in_data_are_shown_as_written_and_never_style_anything()
    {
        var shown = Show("Site **[red]X[/]** and [blink]Y and [/] too");

        Assert.Contains("[red]X[/]", shown);
        Assert.Contains("[blink]Y and [/] too", shown);
        Assert.DoesNotContain("\u001b[31m", shown);
    }

    [Fact]
    public void Links_and_images_are_written_out_with_their_address_and_html_stays_text()
    {
        var shown = Show("See [the plan](https://example.test/plan) ![chart](http://tracker.test/p.png) <b>raw</b>", ansi: false);

        Assert.Equal("See the plan (https://example.test/plan) [image: chart] (http://tracker.test/p.png) <b>raw</b>", Flat(shown));
    }

    [Fact]
    public void Headings_and_paragraphs_are_separated_by_a_blank_line()
    {
        var shown = Show("# Plan\nTotal cost **8,008.50**.\n\nNo lane is full.", ansi: false);

        var lines = shown.Split('\n').Select(l => l.TrimEnd()).ToList();
        var heading = lines.IndexOf("Plan");
        Assert.True(heading >= 0, shown);
        Assert.Equal("", lines[heading + 1]);
        Assert.Equal("Total cost 8,008.50.", lines[heading + 2]);
        Assert.Equal("", lines[heading + 3]);
        Assert.Equal("No lane is full.", lines[heading + 4]);
    }
}
