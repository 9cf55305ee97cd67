using Assistant.Native;

namespace Assistant.Optimization.Tests;

/// <summary>A theory that needs the real CBC: skipped, with the reason, when coinor-libcbc3 is missing (see <see cref="CbcFactAttribute"/>).</summary>
public sealed class CbcTheoryAttribute : TheoryAttribute
{
    public CbcTheoryAttribute()
    {
        if (!NativeLibraries.IsCbcAvailable(out string? why))
        {
            Skip = $"CBC is not available: {why}";
        }
    }
}
