using Assistant.Native;

namespace Assistant.Forecasting.Tests;

/// <summary>
/// A fact that needs XGBoost (Debian's libxgboost0): skipped, with the reason and the fix, on a
/// machine without it, rather than failing with a native-library error that says nothing about
/// the code under test.
/// </summary>
public sealed class XGBoostFactAttribute : FactAttribute
{
    public XGBoostFactAttribute()
    {
        if (!NativeLibraries.IsXGBoostAvailable(out var why))
        {
            Skip = $"XGBoost is not available: {why}";
        }
    }
}

/// <summary>A theory that needs XGBoost; skipped like <see cref="XGBoostFactAttribute"/>.</summary>
public sealed class XGBoostTheoryAttribute : TheoryAttribute
{
    public XGBoostTheoryAttribute()
    {
        if (!NativeLibraries.IsXGBoostAvailable(out var why))
        {
            Skip = $"XGBoost is not available: {why}";
        }
    }
}
