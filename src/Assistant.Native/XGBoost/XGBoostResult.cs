using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Assistant.Native.XGBoost;

/// <summary>Turns XGBoost's "0 or -1, then ask XGBGetLastError" convention into exceptions.</summary>
internal static partial class XGBoostResult
{
    /// <summary>
    /// Throws when <paramref name="result"/> is not 0. Must run right after the failing call on
    /// the same thread: the error text is thread-local and the next XGBoost call may replace it.
    /// </summary>
    public static void Check(int result, string function)
    {
        if (result == 0)
        {
            return;
        }

        var detail = Tidy(Marshal.PtrToStringUTF8(XGBoostNative.XGBGetLastError()));
        throw new NativeLibraryException(
            XGBoostNative.Library,
            function,
            detail.Length == 0 ? $"returned {result} without an error message" : detail);
    }

    /// <summary>
    /// XGBoost's text is "[hh:mm:ss] file.cc:line: message", then a native stack trace of
    /// addresses inside libxgboost. The clock time and the trace say nothing to a reader of our
    /// logs (the .NET stack trace says where the call came from), so both are dropped; the
    /// source location stays, as it is what one would look up.
    /// </summary>
    internal static string Tidy(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var trace = text.IndexOf("Stack trace:", StringComparison.Ordinal);
        var message = trace >= 0 ? text[..trace] : text;
        return Timestamp().Replace(message, "").Trim();
    }

    [GeneratedRegex(@"^\[\d{2}:\d{2}:\d{2}\] ")]
    private static partial Regex Timestamp();
}
