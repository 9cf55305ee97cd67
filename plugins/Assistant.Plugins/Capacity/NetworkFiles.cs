using System.Collections.Concurrent;
using System.Text;
using Assistant.Core;
using Assistant.Optimization.Network;

namespace Assistant.Plugins.Capacity;

/// <summary>
/// The network files (JSON, see README "Network files") the capacity tools can plan. One rule for
/// every caller (web page, HTTP tools, chat, MCP, a language model's tool arguments): a network is
/// named by a bare file name (<see cref="NetworkFileName"/>) that this list holds: a file in the
/// networks folder (where uploads are kept), an example shipped with the program, or a file the
/// operator registered by path on their own machine (<see cref="Register"/>, for
/// <c>--network PATH</c>). Only regular files are read (no links, devices or pipes) and at most
/// <see cref="MaxBytes"/> of them. Loaded networks are cached until the file changes; a file that
/// does not load is refused with the loader's message and nothing is kept.
/// </summary>
public sealed class NetworkFiles(string folder, string? examples = null)
{
    /// <summary>The most a network file may hold, read or uploaded: real networks are a few kilobytes.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>The most files the networks folder keeps: uploads beyond it are refused until one is deleted.</summary>
    public const int MaxStoredFiles = 200;

    private readonly ConcurrentDictionary<string, (DateTime Written, long Length, FlowNetwork Network)> _loaded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _registered = new(StringComparer.Ordinal);

    public string Folder => folder;

    /// <summary>The names that can be planned (folder, examples, registered files), sorted, each once.</summary>
    public IReadOnlyList<string> List() =>
        new[] { folder, examples }
            .Where(f => f is not null && Directory.Exists(f))
            .SelectMany(f => Directory.EnumerateFiles(f!, "*.json"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Concat(_registered.Keys)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>Whether <paramref name="name"/> is a file uploaded to the networks folder (not an example, not a registered file).</summary>
    public bool IsUploaded(string name) =>
        NetworkFileName.Problem(name) is null && File.Exists(Path.Combine(folder, name));

    /// <exception cref="InputError">Not a listed name, not a regular file, too large, or not a valid network.</exception>
    public FlowNetwork Load(string network)
    {
        var (name, path) = Resolve(network);
        var file = RegularFile(name, path);
        if (_loaded.TryGetValue(path, out var cached) && cached.Written == file.LastWriteTimeUtc && cached.Length == file.Length)
        {
            return cached.Network;
        }

        try
        {
            var loaded = FlowNetworkJson.Parse(ReadCapped(name, path), name);
            _loaded[path] = (file.LastWriteTimeUtc, file.Length, loaded);
            return loaded;
        }
        catch (FlowNetworkError error)
        {
            throw new InputError(error.Message);
        }
    }

    /// <summary>
    /// Lists a file the operator named by path on their own machine (<c>assistant ask --network
    /// PATH</c>, an evaluation suite's network) under its file name, which then names it like any
    /// other listed file (and before a folder file or example of the same name). The path is
    /// never seen by a tool: tool arguments still name the file only.
    /// </summary>
    /// <returns>The name to pass on.</returns>
    /// <exception cref="InputError">No such file, not a regular file, too large, or not a valid network.</exception>
    public string Register(string path)
    {
        var full = Path.GetFullPath(path.Trim());
        var name = Path.GetFileName(full);
        var info = new FileInfo(full);
        if (info.Exists && info.LinkTarget is not null)
        {
            // The operator's own link is theirs to follow; what is listed is the file it leads to.
            full = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }

        if (!File.Exists(full))
        {
            throw new InputError($"There is no network file '{NetworkFileName.Shown(path.Trim())}'.{KnownHint()}");
        }

        if (NetworkFileName.Problem(name) is { } problem)
        {
            throw new InputError(problem);
        }

        var previous = _registered.TryGetValue(name, out var was) ? was : null;
        _registered[name] = full;
        try
        {
            Load(name);
        }
        catch (InputError)
        {
            if (previous is null)
            {
                _registered.TryRemove(name, out _);
            }
            else
            {
                _registered[name] = previous;
            }

            throw;
        }

        return name;
    }

    /// <summary>Whether a file can be saved under <paramref name="fileName"/>: replacing one always can; a new one only below <see cref="MaxStoredFiles"/>.</summary>
    public bool HasRoomFor(string fileName) =>
        IsUploaded(fileName)
        || !Directory.Exists(folder)
        || Directory.EnumerateFiles(folder, "*.json").Take(MaxStoredFiles).Count() < MaxStoredFiles;

    /// <summary>Checks an uploaded file and keeps it in the networks folder under its own name.</summary>
    /// <exception cref="InputError">A bad name, a full folder, too large, or not a valid network; nothing is written.</exception>
    public string Save(string fileName, string json)
    {
        var name = fileName?.Trim() ?? "";
        if (NetworkFileName.Problem(name) is { } problem)
        {
            throw new InputError(problem);
        }

        if (!name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || name.StartsWith('.'))
        {
            throw new InputError($"A network file must be a .json file; '{name}' is not.");
        }

        if (Encoding.UTF8.GetByteCount(json) > MaxBytes)
        {
            throw new InputError($"A network file may be at most {MaxBytes / 1024 / 1024} MB.");
        }

        if (!HasRoomFor(name))
        {
            throw new InputError(FullFolderMessage);
        }

        try
        {
            FlowNetworkJson.Parse(json, name);
        }
        catch (FlowNetworkError error)
        {
            throw new InputError(error.Message);
        }

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        var temporary = path + ".part";
        File.WriteAllText(temporary, json);
        File.Move(temporary, path, overwrite: true);
        return name;
    }

    /// <summary>Deletes a file uploaded to the networks folder; the shipped examples and registered files stay.</summary>
    /// <returns>False when no uploaded file has that name.</returns>
    /// <exception cref="InputError">The name is not a bare file name.</exception>
    public bool Delete(string fileName)
    {
        var name = fileName?.Trim() ?? "";
        if (NetworkFileName.Problem(name) is { } problem)
        {
            throw new InputError(problem);
        }

        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            return false;
        }

        File.Delete(path);
        _loaded.TryRemove(Path.GetFullPath(path), out _);
        return true;
    }

    public static string FullFolderMessage =>
        $"The networks folder already keeps {MaxStoredFiles} files, the most it may; delete one or upload under the name of a file uploaded earlier to replace it.";

    // The name must be bare and listed; nothing the caller sends is ever used as a path.
    private (string Name, string Path) Resolve(string network)
    {
        var name = network?.Trim() ?? "";
        if (name.Length == 0)
        {
            throw new InputError("No network file was named.");
        }

        if (NetworkFileName.Problem(name) is { } problem)
        {
            throw new InputError(problem);
        }

        foreach (var candidate in name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? [name] : new[] { name, name + ".json" })
        {
            if (_registered.TryGetValue(candidate, out var registered))
            {
                return (candidate, registered);
            }

            foreach (var place in new[] { folder, examples })
            {
                if (place is not null && File.Exists(Path.Combine(place, candidate)))
                {
                    return (candidate, Path.GetFullPath(Path.Combine(place, candidate)));
                }
            }
        }

        throw new InputError($"There is no network file '{name}'.{KnownHint()}");
    }

    // Devices and pipes have no size (reading /dev/zero never ends, a pipe waits for a writer), so a
    // regular file is one that is no link and has between 1 byte and the cap; the read itself stops
    // at the cap too, should the size have changed since.
    private static FileInfo RegularFile(string name, string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists || file.LinkTarget is not null || file.Length == 0)
        {
            throw new InputError($"The network file '{name}' is not a regular file with content; it cannot be read.");
        }

        if (file.Length > MaxBytes)
        {
            throw new InputError($"The network file '{name}' is larger than {MaxBytes / 1024 / 1024} MB, the most a network file may be.");
        }

        return file;
    }

    private static string ReadCapped(string name, string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        if (length > MaxBytes)
        {
            throw new InputError($"The network file '{name}' is larger than {MaxBytes / 1024 / 1024} MB, the most a network file may be.");
        }

        using var reader = new StreamReader(new MemoryStream(buffer, 0, length), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private string KnownHint()
    {
        var known = List();
        return known.Count > 0 ? $" Known network files: {string.Join(", ", known.Take(8))}." : "";
    }
}
