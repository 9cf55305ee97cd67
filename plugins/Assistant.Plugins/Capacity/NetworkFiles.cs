using System.Collections.Concurrent;
using Assistant.Core;
using Assistant.Optimization.Network;

namespace Assistant.Plugins.Capacity;

/// <summary>
/// The network files (JSON, see README "Network files") the capacity tools can plan: a file is
/// named by its path, or by its name in the networks folder, where uploads are kept. Loaded
/// networks are cached until the file changes; a file that does not load is refused with the
/// loader's message and nothing is kept. Example files shipped with the program can be named
/// too; the folder's own files come first.
/// </summary>
public sealed class NetworkFiles(string folder, string? examples = null)
{
    private readonly ConcurrentDictionary<string, (DateTime Written, FlowNetwork Network)> _loaded = new(StringComparer.Ordinal);

    public string Folder => folder;

    /// <summary>The file names in the networks folder and the examples, sorted, each once.</summary>
    public IReadOnlyList<string> List() =>
        new[] { folder, examples }
            .Where(f => f is not null && Directory.Exists(f))
            .SelectMany(f => Directory.EnumerateFiles(f!, "*.json"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <exception cref="InputError">No such file, or the file is not a valid network.</exception>
    public FlowNetwork Load(string network)
    {
        var path = Resolve(network);
        var written = File.GetLastWriteTimeUtc(path);
        if (_loaded.TryGetValue(path, out var cached) && cached.Written == written)
        {
            return cached.Network;
        }

        try
        {
            var loaded = FlowNetworkJson.Load(path);
            _loaded[path] = (written, loaded);
            return loaded;
        }
        catch (FlowNetworkError error)
        {
            throw new InputError(error.Message);
        }
    }

    /// <summary>Checks an uploaded file and keeps it in the networks folder under its own name.</summary>
    /// <exception cref="InputError">A bad name or a file that is not a valid network; nothing is written.</exception>
    public string Save(string fileName, string json)
    {
        var name = Path.GetFileName(fileName?.Trim() ?? "");
        if (name.Length == 0 || !name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || name.StartsWith('.'))
        {
            throw new InputError($"A network file must be a .json file; '{fileName}' is not.");
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

    private string Resolve(string network)
    {
        var name = network?.Trim() ?? "";
        if (name.Length == 0)
        {
            throw new InputError("No network file was named.");
        }

        if (File.Exists(name))
        {
            return Path.GetFullPath(name);
        }

        var inFolder = Path.Combine(folder, Path.GetFileName(name));
        if (File.Exists(inFolder))
        {
            return Path.GetFullPath(inFolder);
        }

        if (!name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && File.Exists(inFolder + ".json"))
        {
            return Path.GetFullPath(inFolder + ".json");
        }

        foreach (var candidate in examples is null ? [] : new[] { Path.GetFileName(name), Path.GetFileName(name) + ".json" })
        {
            var example = Path.Combine(examples!, candidate);
            if (File.Exists(example))
            {
                return Path.GetFullPath(example);
            }
        }

        var known = List();
        var hint = known.Count > 0 ? $" Known network files: {string.Join(", ", known.Take(8))}." : "";
        throw new InputError($"There is no network file '{name}'.{hint}");
    }
}
