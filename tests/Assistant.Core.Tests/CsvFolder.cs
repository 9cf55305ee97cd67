namespace Assistant.Core.Tests;

/// <summary>A temp folder the test writes CSV files into, removed afterwards.</summary>
public sealed class CsvFolder : IDisposable
{
    public CsvFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "assistant-tests", "csv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes the lines as the file, newline-terminated, and returns the folder for chaining.</summary>
    public CsvFolder With(string fileName, params string[] lines)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, fileName), string.Join("\n", lines) + "\n");
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
