using System.Runtime.InteropServices;

namespace Assistant.Native.XGBoost;

/// <summary>
/// Finds out once per process whether libxgboost.so.0 can be used: it loads, has every function
/// the project calls, and is at least version 1.7 (reg:absoluteerror and the JSON-configured
/// model buffer API are 1.7's).
/// </summary>
internal static unsafe class XGBoostProbe
{
    public static readonly Version MinimumVersion = new(1, 7);

    private const string InstallHint = "apt-get install libxgboost0";

    private static readonly Lazy<Outcome> Result =
        new(() => Run(XGBoostNative.Library, XGBoostNative.Functions), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The library's version when usable; otherwise null, and <c>Why</c> says what to do.</summary>
    public sealed record Outcome(Version? Version, string? Why);

    public static Outcome Get() => Result.Value;

    /// <summary>Throws <see cref="NativeLibraryException"/> unless the library is usable.</summary>
    public static void EnsureAvailable()
    {
        if (Get().Why is { } why)
        {
            throw new NativeLibraryException(XGBoostNative.Library, function: null, why);
        }
    }

    /// <summary>Probes <paramref name="library"/>; a parameter so that tests can probe a missing or a wrong one.</summary>
    internal static Outcome Run(string library, IReadOnlyList<string> functions)
    {
        nint handle;
        try
        {
            // The same search the LibraryImport stubs make, so "available" means they will bind.
            handle = NativeLibrary.Load(library, typeof(XGBoostProbe).Assembly, searchPath: null);
        }
        catch (DllNotFoundException)
        {
            // The loader's own text only lists the app-local paths it tried, not why the system
            // search failed; the one fix for either cause (the library, or libdmlc0 / libgomp1 it
            // links to, missing) is installing the package, which pulls in its dependencies.
            return new Outcome(null, $"libxgboost0 is not installed: {InstallHint} ({library}, or a library it needs, could not be loaded)");
        }
        catch (BadImageFormatException ex)
        {
            return new Outcome(null, $"{library} is not a library for this machine's architecture ({ex.Message}); reinstall it: {InstallHint}");
        }

        List<string> missing = [.. functions.Where(name => !NativeLibrary.TryGetExport(handle, name, out _))];
        if (missing.Count > 0)
        {
            return new Outcome(null, $"{library} lacks {string.Join(", ", missing)}: XGBoost {MinimumVersion} or later is needed ({InstallHint} on Debian 12 or later)");
        }

        // Called through the probed handle rather than the LibraryImport stub, so that the
        // version read is that of the library just checked.
        var version = (delegate* unmanaged<int*, int*, int*, void>)NativeLibrary.GetExport(handle, nameof(XGBoostNative.XGBoostVersion));
        int major, minor, patch;
        version(&major, &minor, &patch);
        var found = new Version(major, minor, patch);
        return found < MinimumVersion
            ? new Outcome(null, $"{library} is XGBoost {found}; {MinimumVersion} or later is needed ({InstallHint} on Debian 12 or later)")
            : new Outcome(found, null);
    }
}
