namespace Assistant.Defects.Nab;

/// <summary>
/// The NAB corpus as published: every series with its windows, the scoring profiles, and the
/// thresholds NAB chose per detector and profile (<c>config/thresholds.json</c>), keyed
/// detector → profile name → threshold.
/// </summary>
public sealed record NabCorpus(
    IReadOnlyList<NabSeries> Series,
    IReadOnlyList<NabProfile> Profiles,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Thresholds)
{
    /// <summary>All labelled windows in the corpus (116 in NAB v1.1).</summary>
    public int WindowCount => Series.Sum(s => s.Windows.Count);

    /// <summary>The category folders, in name order.</summary>
    public IReadOnlyList<string> Categories => [.. Series.Select(s => s.Category).Distinct().Order(StringComparer.Ordinal)];

    public NabProfile Profile(string name) =>
        Profiles.FirstOrDefault(p => p.Name == name) ?? throw new KeyNotFoundException($"NAB has no profile '{name}'.");

    /// <summary>Reads the corpus from a NAB folder (the one holding data/, labels/ and config/).</summary>
    public static NabCorpus Load(string nabFolder) => NabCorpusReader.ReadCorpus(nabFolder);
}
