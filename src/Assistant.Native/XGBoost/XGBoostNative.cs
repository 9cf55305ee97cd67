using System.Runtime.InteropServices;

namespace Assistant.Native.XGBoost;

/// <summary>
/// The XGBoost 1.7 C API functions the project calls, exactly as <c>c_api.h</c> declares them
/// (<c>bst_ulong</c> is <c>uint64_t</c>). Every function but the two that cannot fail returns 0 on
/// success and -1 on failure; callers go through <see cref="XGBoostResult.Check"/>.
/// </summary>
internal static unsafe partial class XGBoostNative
{
    /// <summary>
    /// Debian's soname. Debian 12's libxgboost0 1.7.4 installs the file as libxgboost.so.1.6.0
    /// with this link to it, and no unversioned libxgboost.so (that would come with a -dev
    /// package that does not exist), so "xgboost" alone would not resolve.
    /// </summary>
    public const string Library = "libxgboost.so.0";

    /// <summary>
    /// Every export used here, for the availability probe: a library that loads but lacks one of
    /// these (an older XGBoost) is reported as unusable up front, not as an
    /// EntryPointNotFoundException in the middle of a training.
    /// </summary>
    public static readonly IReadOnlyList<string> Functions =
    [
        nameof(XGBoostVersion),
        nameof(XGBGetLastError),
        nameof(XGDMatrixCreateFromMat),
        nameof(XGDMatrixSetFloatInfo),
        nameof(XGDMatrixFree),
        nameof(XGBoosterCreate),
        nameof(XGBoosterFree),
        nameof(XGBoosterSetParam),
        nameof(XGBoosterUpdateOneIter),
        nameof(XGBoosterPredict),
        nameof(XGBoosterSaveModelToBuffer),
        nameof(XGBoosterLoadModelFromBuffer),
        nameof(XGBoosterGetNumFeature),
        nameof(XGBoosterBoostedRounds),
    ];

    [LibraryImport(Library)]
    internal static partial void XGBoostVersion(out int major, out int minor, out int patch);

    /// <summary>
    /// Returns a pointer into a thread-local string the library owns: read it with
    /// <see cref="Marshal.PtrToStringUTF8(nint)"/>, never free it (a <c>string</c> return type
    /// would make the marshaller free it).
    /// </summary>
    [LibraryImport(Library)]
    internal static partial nint XGBGetLastError();

    [LibraryImport(Library)]
    internal static partial int XGDMatrixCreateFromMat(
        float* data, ulong rows, ulong columns, float missing, out DMatrixHandle matrix);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGDMatrixSetFloatInfo(
        DMatrixHandle matrix, string field, float* values, ulong length);

    [LibraryImport(Library)]
    internal static partial int XGDMatrixFree(nint matrix);

    /// <summary><paramref name="matrices"/> is a C array of raw DMatrix handles.</summary>
    [LibraryImport(Library)]
    internal static partial int XGBoosterCreate(nint* matrices, ulong count, out BoosterHandle booster);

    [LibraryImport(Library)]
    internal static partial int XGBoosterFree(nint booster);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGBoosterSetParam(BoosterHandle booster, string name, string value);

    [LibraryImport(Library)]
    internal static partial int XGBoosterUpdateOneIter(BoosterHandle booster, int iteration, DMatrixHandle train);

    /// <summary>
    /// The result points into a buffer the booster keeps per calling thread; it is valid only
    /// until the next call on that booster from that thread, so it is copied at once.
    /// </summary>
    [LibraryImport(Library)]
    internal static partial int XGBoosterPredict(
        BoosterHandle booster, DMatrixHandle matrix, int optionMask, uint treeLimit, int training,
        out ulong length, out float* result);

    /// <summary>
    /// <paramref name="jsonConfig"/> is e.g. <c>{"format": "ubj"}</c>. Like predictions, the
    /// returned bytes live in a per-thread buffer of the booster and are copied at once.
    /// </summary>
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int XGBoosterSaveModelToBuffer(
        BoosterHandle booster, string jsonConfig, out ulong length, out byte* data);

    [LibraryImport(Library)]
    internal static partial int XGBoosterLoadModelFromBuffer(BoosterHandle booster, byte* data, ulong length);

    [LibraryImport(Library)]
    internal static partial int XGBoosterGetNumFeature(BoosterHandle booster, out ulong features);

    [LibraryImport(Library)]
    internal static partial int XGBoosterBoostedRounds(BoosterHandle booster, out int rounds);
}
