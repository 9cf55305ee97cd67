using System.Diagnostics.CodeAnalysis;
using Assistant.Native.XGBoost;

namespace Assistant.Native;

/// <summary>
/// Whether the native libraries behind this project can be used on this machine, with a message
/// a caller can show as is. Each library is probed once per process.
/// </summary>
public static class NativeLibraries
{
    /// <summary>
    /// True when XGBoost (Debian's libxgboost0, 1.7 or later) loads and has every function
    /// <see cref="BoostedTrees"/> calls; otherwise false, with <paramref name="why"/> saying what
    /// is wrong and how to fix it (e.g. "libxgboost0 is not installed: apt-get install libxgboost0 ...").
    /// </summary>
    public static bool IsXGBoostAvailable([NotNullWhen(false)] out string? why)
    {
        why = XGBoostProbe.Get().Why;
        return why is null;
    }

    /// <summary>The loaded XGBoost's version, or null when it is not available.</summary>
    public static Version? XGBoostVersion => XGBoostProbe.Get().Version;
}
