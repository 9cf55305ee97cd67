using System.Text;

namespace Assistant.Core.Csv;

/// <summary>
/// RFC 4180 CSV: comma-separated, a value in double quotes may hold commas, line breaks and
/// doubled quotes (""). Written by hand rather than with CsvHelper so that every syntax problem
/// can be reported with the row where it happened and nothing is silently guessed.
/// Blank lines are skipped but still counted, so row numbers match what a spreadsheet shows.
/// </summary>
internal static class CsvParser
{
    /// <summary>The file's records, or null (with the problem recorded) when the text is not valid CSV.</summary>
    public static IReadOnlyList<CsvRow>? Parse(string file, string text, CsvProblems problems)
    {
        var rows = new List<CsvRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var rowNumber = 1;
        var quotedInRow = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            var blank = !quotedInRow && fields.Count == 1 && string.IsNullOrWhiteSpace(fields[0]);
            if (!blank)
            {
                rows.Add(new CsvRow(rowNumber, fields.ToArray()));
            }

            fields.Clear();
            quotedInRow = false;
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && IsBlank(field))
            {
                // A quoted value; spaces before the opening quote are tolerated and dropped.
                field.Clear();
                quotedInRow = true;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        problems.Add(file, rowNumber, null,
                            $"value {fields.Count + 1} opens a double quote that is never closed; a quote inside a quoted value is written twice (\"\").");
                        return null;
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i]);
                    i++;
                }

                while (i < text.Length && text[i] is ' ' or '\t')
                {
                    i++;
                }

                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    problems.Add(file, rowNumber, null,
                        $"value {fields.Count + 1} has text after its closing double quote; a quote inside a quoted value is written twice (\"\").");
                    return null;
                }
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (c is '\r' or '\n')
            {
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                EndRecord();
                rowNumber++;
            }
            else
            {
                field.Append(c);
                i++;
            }
        }

        EndRecord();
        return rows;
    }

    private static bool IsBlank(StringBuilder field)
    {
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }
}
