using Assistant.Defects.Nab;

namespace Assistant.Defects.Tests.Nab;

/// <summary>
/// The NAB corpus and the two detectors' published per-row outputs, read once from the shared data
/// folder and shared by the tests that need them.
/// </summary>
internal static class NabData
{
    /// <summary>The detectors whose per-row outputs NAB's reference results include.</summary>
    public static readonly string[] GoldenDetectors = ["numenta", "windowedGaussian"];

    private static readonly Lazy<string> FolderValue = new(NabFolder.Find);

    private static readonly Lazy<NabCorpus> CorpusValue = new(() => NabCorpus.Load(Folder));

    private static readonly Dictionary<string, IReadOnlyList<(NabSeries Series, NabPerRowResult Golden)>> GoldenByDetector = [];

    public static string Folder => FolderValue.Value;

    public static NabCorpus Corpus => CorpusValue.Value;

    public static IReadOnlyList<(NabSeries Series, NabPerRowResult Golden)> Golden(string detector)
    {
        lock (GoldenByDetector)
        {
            if (!GoldenByDetector.TryGetValue(detector, out var golden))
            {
                golden = [.. Corpus.Series.Select(s => (s, NabPerRowResult.Read(Folder, detector, s)))];
                GoldenByDetector[detector] = golden;
            }

            return golden;
        }
    }

    /// <summary>A published detector's per-row scores as detections over the whole corpus.</summary>
    public static IReadOnlyList<NabDetection> Detections(string detector) =>
        [.. Golden(detector).Select(g => new NabDetection(g.Series, g.Golden.AnomalyScores))];
}
