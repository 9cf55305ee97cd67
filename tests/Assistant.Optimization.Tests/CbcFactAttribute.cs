using Assistant.Native;

namespace Assistant.Optimization.Tests;

/// <summary>
/// A fact that needs the real CBC: skipped, with the reason and the install command, when
/// coinor-libcbc3 is missing (xunit 2 has no runtime skip, so the attribute decides up front).
/// </summary>
public sealed class CbcFactAttribute : FactAttribute
{
    public CbcFactAttribute()
    {
        if (!NativeLibraries.IsCbcAvailable(out string? why))
        {
            Skip = $"CBC is not available: {why}";
        }
    }
}
