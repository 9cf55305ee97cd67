using System.Globalization;
using System.Runtime.InteropServices;

namespace Assistant.Bench;

/// <summary>How the forecasting benchmarks write numbers and say when and where they ran.</summary>
public static class M4Report
{
    public static string Number(double value, int decimals) =>
        double.IsFinite(value) ? value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "–";

    public static string Number(double? value, int decimals) => value is { } v ? Number(v, decimals) : "–";

    /// <summary>Date, cores, memory, OS, runtime and build, as the bench README records them.</summary>
    public static string Machine()
    {
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
#if DEBUG
        const string build = "Debug build (times not representative; use -c Release)";
#else
        const string build = "Release";
#endif
        return string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, {memory:0} GiB, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {build}");
    }
}
