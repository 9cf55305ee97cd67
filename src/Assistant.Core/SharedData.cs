namespace Assistant.Core;

/// <summary>
/// The public benchmark data is not in the repository: it sits beside the checkout as
/// <c>&lt;repo&gt;/../shared/data</c> (in CI <c>&lt;root&gt;/main</c> and <c>&lt;root&gt;/shared</c>).
/// Readers of that data (forecasting benchmarks, the NAB corpus) find it the same way.
/// </summary>
public static class SharedData
{
    /// <summary>The program's folder and the working directory: where a search starts.</summary>
    public static IReadOnlyList<string> DefaultStarts => [AppContext.BaseDirectory, Directory.GetCurrentDirectory()];

    /// <summary>
    /// The first <c>shared/data</c> folder beside an ancestor of a start folder (the start itself
    /// included) that <paramref name="holds"/> accepts, or null.
    /// </summary>
    public static string? FindAbove(IReadOnlyList<string> searchFrom, Func<string, bool> holds)
    {
        ArgumentNullException.ThrowIfNull(searchFrom);
        ArgumentNullException.ThrowIfNull(holds);
        foreach (var start in searchFrom)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "shared", "data");
                if (holds(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
