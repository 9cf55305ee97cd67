namespace Assistant.Native;

/// <summary>
/// A native library could not be loaded, or one of its functions reported a failure. The message
/// names the library and the function, and carries the library's own explanation, so that a log
/// line alone says what went wrong.
/// </summary>
public sealed class NativeLibraryException : Exception
{
    public NativeLibraryException(string library, string? function, string detail)
        : base(function is null ? $"{library}: {detail}" : $"{library}: {function} failed: {detail}")
    {
        Library = library;
        Function = function;
        Detail = detail;
    }

    /// <summary>The shared object, e.g. <c>libxgboost.so.0</c>.</summary>
    public string Library { get; }

    /// <summary>The C function that failed; null when the library itself could not be used.</summary>
    public string? Function { get; }

    /// <summary>The library's explanation (for XGBoost, the text of <c>XGBGetLastError</c>).</summary>
    public string Detail { get; }
}
