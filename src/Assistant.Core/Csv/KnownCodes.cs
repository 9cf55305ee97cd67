namespace Assistant.Core.Csv;

/// <summary>
/// The codes of one kind (sites, say) that import files may refer to: those the store already
/// holds, unless the import replaces it, plus those the folder defines. Lookups ignore case and
/// answer with the spelling that will be stored, because the store compares codes exactly: "sea4"
/// in a volume file must land on SEA4, not beside it.
/// </summary>
internal sealed class KnownCodes(string what, string definingFile, bool replace)
{
    private readonly Dictionary<string, string> _codes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>False when the defining file could not be read, so an unknown code is not proof of a bad reference.</summary>
    public bool Complete { get; private set; } = true;

    public void Add(string code) => _codes.TryAdd(code, code);

    public string? Find(string code) => _codes.TryGetValue(code, out var known) ? known : null;

    /// <summary>The stored spelling of a code being defined: an existing code keeps its case.</summary>
    public string Canonical(string code) => Find(code) ?? code;

    public void MarkIncomplete() => Complete = false;

    public string DescribeUnknown(string code) => replace
        ? $"there is no {what} \"{code}\" in {definingFile} (the import replaces the store, so only the folder's files count)."
        : $"there is no {what} \"{code}\" in {definingFile} or in the store.";
}
