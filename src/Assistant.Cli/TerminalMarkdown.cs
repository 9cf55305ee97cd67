using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Spectre.Console;
using Spectre.Console.Rendering;
using MarkdownTable = Markdig.Extensions.Tables.Table;
using MarkdownTableRow = Markdig.Extensions.Tables.TableRow;
using MarkdownTableCell = Markdig.Extensions.Tables.TableCell;
using SpectreTable = Spectre.Console.Table;

namespace Assistant.Cli;

/// <summary>
/// An answer's Markdown as a terminal shows it: bold and italics as styles, lists with hanging
/// indents, headings, tables drawn with box lines, code as it is. Answers quote what users and
/// imported data say, so every piece of text is escaped for Spectre's markup (a "[red]" in data
/// stays those five characters), raw HTML stays text, and links and images are written out as
/// their text and address, never followed.
/// </summary>
public static class TerminalMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    public static IRenderable Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        return Blocks(document, spaced: true);
    }

    /// <summary>The blocks of a container, a blank line between them at the top level (as paragraphs are meant).</summary>
    private static IRenderable Blocks(ContainerBlock container, bool spaced)
    {
        var parts = new List<IRenderable>();
        foreach (var block in container)
        {
            if (spaced && parts.Count > 0)
            {
                parts.Add(Text.Empty);
            }

            parts.Add(Block(block));
        }

        return new Rows(parts);
    }

    private static IRenderable Block(Block block) => block switch
    {
        HeadingBlock heading => new Markup(heading.Level == 1
            ? $"[bold underline]{Inlines(heading.Inline)}[/]"
            : $"[bold]{Inlines(heading.Inline)}[/]"),
        ParagraphBlock paragraph => new Markup(Inlines(paragraph.Inline)),
        ListBlock list => List(list),
        MarkdownTable table => Table(table),
        QuoteBlock quote => new Grid()
            .AddColumn(new GridColumn().NoWrap().PadRight(1))
            .AddColumn(new GridColumn().PadRight(0))
            .AddRow(new Markup("[grey]│[/]"), Blocks(quote, spaced: true)),
        ThematicBreakBlock => new Rule(),
        LeafBlock leaf => new Text(leaf.Lines.ToString().TrimEnd('\n'), new Style(decoration: Decoration.Dim)),
        ContainerBlock container => Blocks(container, spaced: true),
        _ => Text.Empty,
    };

    /// <summary>Each item beside its bullet or number, so that a wrapped line lines up under the item's text.</summary>
    private static Grid List(ListBlock list)
    {
        var grid = new Grid()
            .AddColumn(new GridColumn().NoWrap().PadRight(1))
            .AddColumn(new GridColumn().PadRight(0));
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? $"{number++}{list.OrderedDelimiter}" : "•";
            grid.AddRow(new Text(marker), Blocks(item, spaced: list.IsLoose));
        }

        return grid;
    }

    private static SpectreTable Table(MarkdownTable source)
    {
        var rows = source.OfType<MarkdownTableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var table = new SpectreTable().Border(TableBorder.Rounded);
        for (var c = 0; c < width; c++)
        {
            var title = header is not null && c < header.Count ? Cell((MarkdownTableCell)header[c]) : "";
            var column = new TableColumn(new Markup($"[bold]{title}[/]"));
            if (c < source.ColumnDefinitions.Count)
            {
                column.Alignment = source.ColumnDefinitions[c].Alignment switch
                {
                    TableColumnAlign.Right => Justify.Right,
                    TableColumnAlign.Center => Justify.Center,
                    _ => Justify.Left,
                };
            }

            table.AddColumn(column);
        }

        if (header is null)
        {
            table.HideHeaders();
        }

        foreach (var row in rows.Where(r => r != header))
        {
            table.AddRow(Enumerable.Range(0, width)
                .Select(c => (IRenderable)new Markup(c < row.Count ? Cell((MarkdownTableCell)row[c]) : ""))
                .ToArray());
        }

        return table;
    }

    private static string Cell(MarkdownTableCell cell) =>
        string.Join(" ", cell.OfType<LeafBlock>().Select(leaf => Inlines(leaf.Inline)));

    /// <summary>Inline Markdown as Spectre markup; all text escaped.</summary>
    private static string Inlines(ContainerInline? inlines)
    {
        var markup = new StringBuilder();
        if (inlines is not null)
        {
            foreach (var inline in inlines)
            {
                Inline(inline, markup);
            }
        }

        return markup.ToString();
    }

    private static void Inline(Inline inline, StringBuilder markup)
    {
        switch (inline)
        {
            case LiteralInline literal:
                markup.Append(Markup.Escape(literal.Content.ToString()));
                break;
            case EmphasisInline emphasis:
                var style = emphasis.DelimiterChar == '~' ? "strikethrough" : emphasis.DelimiterCount >= 2 ? "bold" : "italic";
                markup.Append('[').Append(style).Append(']').Append(Inlines(emphasis)).Append("[/]");
                break;
            case CodeInline code:
                markup.Append("[aqua]").Append(Markup.Escape(code.Content)).Append("[/]");
                break;
            case LinkInline link:
                // The address is shown, not opened: the text may come from imported data.
                var text = Inlines(link);
                var url = Markup.Escape(link.Url ?? "");
                markup.Append(link.IsImage ? $"[[image: {text}]] ({url})" : text.Length == 0 || text == url ? url : $"{text} ({url})");
                break;
            case AutolinkInline autolink:
                markup.Append(Markup.Escape(autolink.Url));
                break;
            case LineBreakInline lineBreak:
                markup.Append(lineBreak.IsHard ? '\n' : ' ');
                break;
            case HtmlEntityInline entity:
                markup.Append(Markup.Escape(entity.Transcoded.ToString()));
                break;
            case HtmlInline html:
                markup.Append(Markup.Escape(html.Tag));
                break;
            case ContainerInline container:
                markup.Append(Inlines(container));
                break;
        }
    }
}
