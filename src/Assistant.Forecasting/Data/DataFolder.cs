using Assistant.Core;

namespace Assistant.Forecasting.Data;

/// <summary>
/// Finds the public benchmark data (M4, tourism, ...). The data is not in the repository: it sits
/// next to the checkout as <c>&lt;repo&gt;/../shared/data</c>, so the first <c>shared/data</c> folder
/// found walking up from the program's folder or the working directory is used. The environment
/// variable <see cref="Variable"/> overrides the search (point it at the folder holding
/// <c>forecast/</c>).
/// </summary>
public static class DataFolder
{
    public const string Variable = "ASSISTANT_DATA";

    /// <summary>The data folder (the one holding <c>forecast/</c>); throws a <see cref="DataFileError"/> saying where it looked.</summary>
    public static string Find() =>
        Find(Environment.GetEnvironmentVariable(Variable), SharedData.DefaultStarts);

    /// <summary>
    /// The data folder given an override (the value of <see cref="Variable"/>, or null) and the
    /// folders to search upwards from.
    /// </summary>
    public static string Find(string? overridden, IReadOnlyList<string> searchFrom)
    {
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            var full = Path.GetFullPath(overridden);
            return Directory.Exists(full)
                ? full
                : throw new DataFileError(full, null, $"the folder named by {Variable} does not exist.");
        }

        return SharedData.FindAbove(searchFrom, data => Directory.Exists(Path.Combine(data, "forecast")))
            ?? throw new DataFileError("shared/data", null,
                $"the benchmark data folder was not found above {string.Join(" or ", searchFrom)}; it is expected next to the " +
                $"repository as ../shared/data, or set {Variable} to the folder that holds forecast/.");
    }

    /// <summary>A folder under <c>forecast/</c> of the data folder, e.g. <c>Forecast("m4")</c>.</summary>
    public static string Forecast(string name) => Path.Combine(Find(), "forecast", name);
}
