namespace Assistant.Native.Tests;

/// <summary>A fact that needs the real CBC: skipped, with the reason and the install command, when coinor-libcbc3 is missing.</summary>
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
