using Assistant.Native.XGBoost;

namespace Assistant.Native.Tests;

public sealed class NativeLibrariesTests
{
    [Fact]
    public void XGBoost_is_available_here_in_version_1_7_or_later()
    {
        // The project's setup installs libxgboost0; when it is missing this fails with the fix.
        Assert.True(NativeLibraries.IsXGBoostAvailable(out string? why), why);
        Assert.Null(why);
        Assert.NotNull(NativeLibraries.XGBoostVersion);
        Assert.True(NativeLibraries.XGBoostVersion >= new Version(1, 7), $"version {NativeLibraries.XGBoostVersion}");
    }

    [Fact]
    public void A_missing_library_is_reported_with_the_command_that_installs_it()
    {
        var outcome = XGBoostProbe.Run("libxgboost-not-here.so.0", XGBoostNative.Functions);

        Assert.Null(outcome.Version);
        Assert.StartsWith("libxgboost0 is not installed: apt-get install libxgboost0", outcome.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_library_without_the_functions_is_reported_as_too_old()
    {
        // libm loads everywhere and exports none of XGBoost's functions.
        var outcome = XGBoostProbe.Run("libm.so.6", XGBoostNative.Functions);

        Assert.Null(outcome.Version);
        Assert.Contains("lacks XGBoostVersion", outcome.Why, StringComparison.Ordinal);
        Assert.Contains("1.7 or later is needed", outcome.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void XGBoost_error_text_loses_its_clock_time_and_native_stack_trace()
    {
        var raw = "[04:09:45] ./src/learner.cc:1017: Check failed: wrong model format\nStack trace:\n  [bt] (0) /lib/x86_64-linux-gnu/libxgboost.so.0(...) [0x7f]\n";

        Assert.Equal("./src/learner.cc:1017: Check failed: wrong model format", XGBoostResult.Tidy(raw));
        Assert.Equal("", XGBoostResult.Tidy(null));
    }
}
