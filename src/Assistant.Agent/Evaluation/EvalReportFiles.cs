using Assistant.Core;

namespace Assistant.Agent.Evaluation;

/// <summary>Writes a report in the format its file name asks for: .md, .json or .xml (JUnit).</summary>
public static class EvalReportFiles
{
    /// <summary>Checks a report path before the evaluation runs, so that a long run never ends in a refusal.</summary>
    /// <exception cref="InputError">The extension is not .md, .json or .xml.</exception>
    public static void CheckPath(string path)
    {
        _ = Renderer(path);
    }

    public static void Write(EvalReport report, string path)
    {
        var text = Renderer(path)(report);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        // Written beside and moved, so that a reader (CI) never sees half a report.
        var temporary = path + ".part";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    private static Func<EvalReport, string> Renderer(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" => EvalMarkdownReport.Render,
        ".json" => EvalJsonReport.Render,
        ".xml" => EvalJUnitReport.Render,
        _ => throw new InputError($"--report {path}: the report format comes from the extension; use .md, .json or .xml (JUnit)."),
    };
}
