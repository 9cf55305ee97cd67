using Microsoft.Win32.SafeHandles;

namespace Assistant.Native.Cbc;

/// <summary>
/// Owns one <c>Cbc_Model</c>. A SafeHandle so that <c>Cbc_deleteModel</c> runs exactly once, on
/// Dispose or else by the finalizer, and never while a native call (a solve) still uses the model.
/// </summary>
internal sealed class CbcModelHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    // The P/Invoke marshaller creates instances through this constructor for returned handles.
    public CbcModelHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        CbcNative.Cbc_deleteModel(handle);
        return true;
    }
}
