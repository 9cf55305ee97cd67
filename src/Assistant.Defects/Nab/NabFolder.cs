using Assistant.Core;

namespace Assistant.Defects.Nab;

/// <summary>
/// Finds the NAB corpus. Like the forecasting data (Assistant.Forecasting.Data.DataFolder) it is
/// not in the repository but next to it as <c>&lt;repo&gt;/../shared/data/anomaly/NAB</c> (in CI
/// <c>&lt;root&gt;/main</c> and <c>&lt;root&gt;/shared</c>), so the first <c>shared/data</c> beside
/// an ancestor of the program's folder or the working directory is used. A git worktree sits
/// elsewhere, so <see cref="Variable"/> (or the older <see cref="FallbackVariable"/>) can name the
/// shared data folder, or the NAB folder itself.
/// </summary>
public static class NabFolder
{
    public const string Variable = "ASSISTANT_SHARED_DATA";

    /// <summary>The variable the forecasting data locator reads; same meaning (the folder holding forecast/ and anomaly/).</summary>
    public const string FallbackVariable = "ASSISTANT_DATA";

    /// <summary>The NAB folder, or null with the reason it was not found.</summary>
    public static string? TryFind(out string why) =>
        TryFind(
            Environment.GetEnvironmentVariable(Variable) ?? Environment.GetEnvironmentVariable(FallbackVariable),
            SharedData.DefaultStarts,
            out why);

    /// <summary>The NAB folder; throws <see cref="DirectoryNotFoundException"/> saying where it looked.</summary>
    public static string Find() => TryFind(out var why) ?? throw new DirectoryNotFoundException(why);

    /// <summary>The NAB folder given an override (a variable's value, or null) and the folders to search upwards from.</summary>
    public static string? TryFind(string? overridden, IReadOnlyList<string> searchFrom, out string why)
    {
        ArgumentNullException.ThrowIfNull(searchFrom);
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            var full = Path.GetFullPath(overridden);
            foreach (var candidate in new[] { Nab(full), full })
            {
                if (IsNab(candidate))
                {
                    why = "";
                    return candidate;
                }
            }

            why = $"{Variable} (or {FallbackVariable}) names {full}, which holds neither anomaly/NAB nor NAB's labels/combined_windows.json.";
            return null;
        }

        if (SharedData.FindAbove(searchFrom, data => IsNab(Nab(data))) is { } found)
        {
            why = "";
            return Nab(found);
        }

        why = $"the NAB corpus was not found as shared/data/anomaly/NAB above {string.Join(" or ", searchFrom)}; it is expected " +
            $"next to the repository as ../shared/data, or set {Variable} to the shared data folder.";
        return null;
    }

    private static string Nab(string sharedData) => Path.Combine(sharedData, "anomaly", "NAB");

    private static bool IsNab(string folder) => File.Exists(Path.Combine(folder, "labels", "combined_windows.json"));
}
