using Microsoft.Win32.SafeHandles;

namespace Assistant.Native.Cbc;

/// <summary>Owns one <c>Clp_Simplex</c>; <c>Clp_deleteModel</c> runs exactly once, never during a call.</summary>
internal sealed class ClpModelHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ClpModelHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        ClpNative.Clp_deleteModel(handle);
        return true;
    }
}
