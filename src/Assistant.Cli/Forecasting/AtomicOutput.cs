namespace Assistant.Cli.Forecasting;

/// <summary>
/// An output file that appears only when complete: writing goes to a temporary file next to the
/// target (same folder, so the final move is a rename on the same file system), which replaces
/// the target on <see cref="Commit"/> and is deleted otherwise. A failed run therefore leaves
/// no file, or the previous one untouched, never half a forecast.
/// </summary>
public sealed class AtomicOutput : IDisposable
{
    private readonly StreamWriter _writer;
    private bool _committed;

    public AtomicOutput(string target)
    {
        Target = Path.GetFullPath(target);
        var folder = Path.GetDirectoryName(Target)!;
        if (!Directory.Exists(folder))
        {
            throw new Core.InputError($"{target}: the folder {folder} does not exist.");
        }

        TempPath = Path.Combine(folder, $".{Path.GetFileName(Target)}.{Guid.NewGuid():N}.tmp");
        _writer = new StreamWriter(new FileStream(TempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            NewLine = "\n",
        };
    }

    public string Target { get; }

    public string TempPath { get; }

    public TextWriter Writer => _writer;

    public void Commit()
    {
        _writer.Flush();
        _writer.Dispose();
        File.Move(TempPath, Target, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        _writer.Dispose();
        File.Delete(TempPath);
    }
}
