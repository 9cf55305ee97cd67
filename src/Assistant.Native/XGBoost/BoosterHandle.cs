using Microsoft.Win32.SafeHandles;

namespace Assistant.Native.XGBoost;

/// <summary>
/// Owns one XGBoost Booster (a learner and its trees). A SafeHandle so that the booster is freed
/// exactly once, deterministically on Dispose, and never while a native call still uses it.
/// </summary>
internal sealed class BoosterHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    // The P/Invoke marshaller creates instances through this constructor for "out" parameters.
    public BoosterHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle() => XGBoostNative.XGBoosterFree(handle) == 0;
}
