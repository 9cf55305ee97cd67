using Microsoft.Win32.SafeHandles;

namespace Assistant.Native.XGBoost;

/// <summary>
/// Owns one XGBoost DMatrix. A SafeHandle so that the matrix is freed exactly once, even when
/// an exception cuts a training short, and never while a native call still uses it.
/// </summary>
internal sealed class DMatrixHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    // The P/Invoke marshaller creates instances through this constructor for "out" parameters.
    public DMatrixHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle() => XGBoostNative.XGDMatrixFree(handle) == 0;
}
