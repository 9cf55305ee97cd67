using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Assistant.Native;

/// <summary>
/// A protocol that owns standard output (MCP over stdio, the solver worker's binary replies): one
/// stray byte there breaks the reader on the other end. Native libraries (CBC, Clp, XGBoost) print
/// to file descriptor 1 directly, beyond the reach of <see cref="Console"/>, so on Linux the
/// protocol gets a private copy of that descriptor and descriptor 1 itself is pointed at standard
/// error, where any other output belongs (and where a solver worker's host reads failure messages).
/// </summary>
public static class ProtocolStdout
{
    private const int StandardOutput = 1;
    private const int StandardError = 2;

    /// <summary>The stream the protocol writes to; afterwards everything else written to stdout lands on stderr.</summary>
    public static Stream Claim()
    {
        Console.Out.Flush();
        if (!OperatingSystem.IsLinux())
        {
            // Elsewhere only managed writes can be kept off the protocol stream.
            var stdout = Console.OpenStandardOutput();
            Console.SetOut(Console.Error);
            return stdout;
        }

        var copy = Dup(StandardOutput);
        if (copy < 0 || Dup2(StandardError, StandardOutput) < 0)
        {
            throw new IOException($"Could not set standard output aside for the protocol (errno {Marshal.GetLastPInvokeError()}).");
        }

        // Console.Out may already hold its own duplicate of the old descriptor 1: point it at stderr too.
        Console.SetOut(Console.Error);
        return new FileStream(new SafeFileHandle(copy, ownsHandle: true), FileAccess.Write, bufferSize: 0);
    }

    [DllImport("libc.so.6", EntryPoint = "dup", SetLastError = true)]
    private static extern int Dup(int descriptor);

    [DllImport("libc.so.6", EntryPoint = "dup2", SetLastError = true)]
    private static extern int Dup2(int descriptor, int target);
}
