using System.Text;

namespace Assistant.Core.Csv;

/// <summary>Writes one CSV file: header first, values quoted only when they must be.</summary>
internal static class CsvFileWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the file and returns how many data rows it holds.</summary>
    public static async Task<int> WriteAsync(string path, CsvLayout layout, IEnumerable<IReadOnlyList<string>> rows, CancellationToken cancellationToken)
    {
        var count = 0;
        await using var writer = new StreamWriter(path, append: false, Utf8NoBom) { NewLine = "\n" };
        await writer.WriteLineAsync(Line(layout.Columns));
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(Line(row));
            count++;
        }

        return count;
    }

    private static string Line(IReadOnlyList<string> values) => string.Join(",", values.Select(Quote));

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
