namespace Assistant.Forecasting.Tests;

/// <summary>A scratch folder for hand-written data files, deleted at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "forecasting-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, params string[] lines)
    {
        var file = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllLines(file, lines);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
