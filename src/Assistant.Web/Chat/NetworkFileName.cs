namespace Assistant.Web.Chat;

/// <summary>
/// How the web names a network file: by its bare file name (such as three-region.json), never by
/// a path. A browser must not be able to make the server read or write a file outside the
/// networks folder and the shipped examples, so anything with a folder in it is refused rather
/// than trimmed to its last part.
/// </summary>
public static class NetworkFileName
{
    /// <summary>Why <paramref name="name"/> is not a bare file name, or null when it is one.</summary>
    public static string? Problem(string name) =>
        // The server keeps an escaped slash (%2F) in a route value as it came, so "sub%2Fx.json"
        // arrives as such; it is judged as the path it spells.
        IsBare(name) && IsBare(Uri.UnescapeDataString(name))
            ? null
            : $"A network file is named by its file name alone (such as example.json), not by a path; '{name}' is not one.";

    private static bool IsBare(string name) =>
        name.Length > 0
            && name.IndexOfAny(['/', '\\', '\0']) < 0
            && !name.Contains("..", StringComparison.Ordinal)
            && !Path.IsPathRooted(name)
            && Path.GetFileName(name) == name;
}
