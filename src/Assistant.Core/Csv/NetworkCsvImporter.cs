using Assistant.Core.Store;

namespace Assistant.Core.Csv;

/// <summary>
/// Loads a folder of CSV files (regions, sites, lanes, sort capacity, hourly profiles, site and
/// lane volume; any subset) into the store. Every file is checked before anything is written,
/// and the store's import is one transaction, so bad input never leaves the store half changed.
/// History is taken for days that are over (up to yesterday by <paramref name="clock"/>): a
/// partial day would read as a slump, and a day in the future would move every forecast there.
/// </summary>
public sealed class NetworkCsvImporter(INetworkStore store, TimeProvider? clock = null)
{
    /// <param name="folder">The folder holding the files; names are matched ignoring case.</param>
    /// <param name="replace">
    /// True to replace the whole network and history with the folder's (references must then be
    /// satisfied by the folder alone); false to add to and update what the store holds.
    /// </param>
    /// <exception cref="InputError">The folder is missing, holds none of the files, or any file has a problem; the store is unchanged.</exception>
    public async Task<CsvImportReport> ImportFolderAsync(string folder, bool replace, CancellationToken cancellationToken = default)
    {
        var path = FolderPath(folder);
        var present = new List<(CsvLayout Layout, string Path)>();
        var names = Directory.EnumerateFiles(path).Select(Path.GetFileName).OfType<string>().ToList();
        foreach (var layout in NetworkCsvFiles.All)
        {
            // The exact spelling wins over a case variant; on Linux both may exist.
            var name = names.FirstOrDefault(n => n.Equals(layout.FileName, StringComparison.Ordinal))
                ?? names.FirstOrDefault(n => n.Equals(layout.FileName, StringComparison.OrdinalIgnoreCase));
            if (name is not null)
            {
                present.Add((layout, Path.Combine(path, name)));
            }
        }

        if (present.Count == 0)
        {
            throw new InputError($"The folder {folder} holds none of the network CSV files; expected one or more of {NetworkCsvFiles.Names}.");
        }

        var texts = new Dictionary<CsvLayout, string>();
        foreach (var (layout, file) in present)
        {
            texts[layout] = await ReadAsync(file, cancellationToken);
        }

        var existing = replace ? null : await store.GetCatalogAsync(cancellationToken);
        var days = HistoryDays.UpTo(NetworkStoreSetup.Yesterday(clock ?? TimeProvider.System));
        var checkedImport = CsvImportCheck.Run(texts, existing, days, cancellationToken);
        await store.ImportAsync(checkedImport.Data, replace, cancellationToken);

        // Imported data is the user's: the demo top-up must never add days to it.
        await store.SetInfoAsync(NetworkStoreSetup.SourceKey, "csv", cancellationToken);

        var read = present.Select(p => Path.GetFileName(p.Path)).ToList();
        var ignored = names.Where(n => n.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !read.Contains(n, StringComparer.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        return new CsvImportReport(path, replace, read, ignored, checkedImport.Rows, checkedImport.RegionsCreated);
    }

    private static string FolderPath(string folder)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            throw new InputError("Name the folder to import from.");
        }

        string path;
        try
        {
            path = Path.GetFullPath(folder);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new InputError($"\"{folder}\" is not a usable folder path: {e.Message}");
        }

        if (!Directory.Exists(path))
        {
            throw new InputError(File.Exists(path)
                ? $"{folder} is a file; import reads a folder holding {NetworkCsvFiles.Names}."
                : $"There is no folder {folder}.");
        }

        return path;
    }

    private static async Task<string> ReadAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(file, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputError($"Could not read {Path.GetFileName(file)}: {e.Message}");
        }
    }
}
