using System.Runtime.InteropServices;

namespace Assistant.Native.Cbc;

/// <summary>
/// Finds out once per process whether CBC can be used: libCbcSolver.so.3 and libClp.so.1 load,
/// have every function the project calls, and CBC says it is 2.10 or later (the cut callback's
/// 4-argument form and the time-mode parameter are 2.10's).
/// </summary>
internal static unsafe class CbcProbe
{
    public static readonly Version MinimumVersion = new(2, 10);

    private const string InstallHint = "apt-get install coinor-libcbc3";

    private static readonly Lazy<Outcome> Result = new(
        () => Run(CbcNative.Library, CbcNative.Functions, ClpNative.Library, ClpNative.Functions),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>CBC's version when usable; otherwise null, and <c>Why</c> says what to do.</summary>
    public sealed record Outcome(Version? Version, string? Why);

    public static Outcome Get() => Result.Value;

    /// <summary>Throws <see cref="NativeLibraryException"/> unless CBC and Clp are usable.</summary>
    public static void EnsureAvailable()
    {
        if (Get().Why is { } why)
        {
            throw new NativeLibraryException(CbcNative.Library, function: null, why);
        }
    }

    /// <summary>Probes the given libraries; parameters so that tests can probe a missing or a wrong one.</summary>
    internal static Outcome Run(string cbcLibrary, IReadOnlyList<string> cbcFunctions, string clpLibrary, IReadOnlyList<string> clpFunctions)
    {
        if (Load(clpLibrary) is not { } clp)
        {
            return Missing(clpLibrary);
        }

        if (Lacking(clp, clpFunctions) is { } clpMissing)
        {
            return new Outcome(null, $"{clpLibrary} lacks {clpMissing}: Clp 1.17 or later is needed ({InstallHint} on Debian 12 or later)");
        }

        if (Load(cbcLibrary) is not { } cbc)
        {
            return Missing(cbcLibrary);
        }

        if (Lacking(cbc, cbcFunctions) is { } cbcMissing)
        {
            return new Outcome(null, $"{cbcLibrary} lacks {cbcMissing}: CBC {MinimumVersion} or later is needed ({InstallHint} on Debian 12 or later)");
        }

        // Read through the probed handle, so that the version is that of the library just checked.
        var getVersion = (delegate* unmanaged<nint>)NativeLibrary.GetExport(cbc, nameof(CbcNative.Cbc_getVersion));
        var text = Marshal.PtrToStringUTF8(getVersion()) ?? "";
        if (!Version.TryParse(text, out var version))
        {
            return new Outcome(null, $"{cbcLibrary} reports version '{text}', which is not a version number; reinstall it: {InstallHint}");
        }

        return version < MinimumVersion
            ? new Outcome(null, $"{cbcLibrary} is CBC {version}; {MinimumVersion} or later is needed ({InstallHint} on Debian 12 or later)")
            : new Outcome(version, null);
    }

    private static nint? Load(string library)
    {
        try
        {
            // The same search the LibraryImport stubs make, so "available" means they will bind.
            return NativeLibrary.Load(library, typeof(CbcProbe).Assembly, searchPath: null);
        }
        catch (DllNotFoundException)
        {
            return null;
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }

    private static string? Lacking(nint handle, IReadOnlyList<string> functions)
    {
        List<string> missing = [.. functions.Where(name => !NativeLibrary.TryGetExport(handle, name, out _))];
        return missing.Count == 0 ? null : string.Join(", ", missing);
    }

    // One fix whether the library itself or one it links to (libCoinUtils, libOsiClp, libCgl) is
    // missing or broken: installing the package, which pulls in its dependencies.
    private static Outcome Missing(string library) =>
        new(null, $"coinor-libcbc3 is not installed: {InstallHint} ({library}, or a library it needs, could not be loaded)");
}
