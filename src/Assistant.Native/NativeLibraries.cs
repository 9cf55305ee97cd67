using System.Diagnostics.CodeAnalysis;
using Assistant.Native.Cbc;
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

    /// <summary>
    /// True when CBC (Debian's coinor-libcbc3, 2.10 or later) and the Clp it ships with load and
    /// have every function <see cref="CbcModel"/> and <see cref="ClpModel"/> call; otherwise false,
    /// with <paramref name="why"/> saying what is wrong and how to fix it
    /// (e.g. "coinor-libcbc3 is not installed: apt-get install coinor-libcbc3 ...").
    /// </summary>
    public static bool IsCbcAvailable([NotNullWhen(false)] out string? why)
    {
        why = CbcProbe.Get().Why;
        return why is null;
    }

    /// <summary>The loaded CBC's version, or null when it is not available.</summary>
    public static Version? CbcVersion => CbcProbe.Get().Version;
}
