namespace Assistant.Plugins.Capacity;

/// <summary>
/// How a caller names a network file: by its bare file name (such as three-region.json), never by
/// a path. Whoever asks (a browser, an HTTP client, an MCP client, a language model filling in a
/// tool argument) must not be able to make the server read or write a file outside the networks
/// folder and the shipped examples, so anything with a folder in it is refused rather than
/// trimmed to its last part, and without looking at the disk: a refusal says nothing about
/// whether such a path exists.
/// </summary>
public static class NetworkFileName
{
    /// <summary>Longer names are refused: every file system here takes 255 bytes at most, and a name is a label, not a document.</summary>
    public const int MaxLength = 100;

    /// <summary>Why <paramref name="name"/> is not a bare file name, or null when it is one.</summary>
    public static string? Problem(string name)
    {
        if (name.Length > MaxLength)
        {
            return $"A network file name may be at most {MaxLength} characters long; this one has {name.Length}.";
        }

        // The web server keeps an escaped slash (%2F) in a route value as it came, so "sub%2Fx.json"
        // arrives as such; it is judged as the path it spells.
        return IsBare(name) && IsBare(Uri.UnescapeDataString(name))
            ? null
            : $"A network file is named by its file name alone (such as example.json), not by a path; '{Shown(name)}' is not one.";
    }

    /// <summary>The name as a message may quote it: short enough to read.</summary>
    public static string Shown(string name) => name.Length <= 60 ? name : name[..60] + "…";

    private static bool IsBare(string name) =>
        name.Length > 0
            && name.IndexOfAny(['/', '\\', '\0']) < 0
            && !name.Contains("..", StringComparison.Ordinal)
            && !name.Any(char.IsControl)
            && !Path.IsPathRooted(name)
            && Path.GetFileName(name) == name;
}
