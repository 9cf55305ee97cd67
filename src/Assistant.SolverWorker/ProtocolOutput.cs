using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Assistant.SolverWorker;

/// <summary>
/// The worker's replies own standard output: a single stray byte there would garble the binary
/// stream the host reads. CBC and Clp print straight to file descriptor 1, beyond the reach of
/// <see cref="Console"/>, so the replies get a private copy of that descriptor and descriptor 1
/// itself is pointed at standard error (which the host keeps for the failure message).
/// </summary>
internal static class ProtocolOutput
{
    private const int StandardOutput = 1;
    private const int StandardError = 2;

    public static Stream Claim()
    {
        Console.Out.Flush();
        if (!OperatingSystem.IsLinux())
        {
            var stdout = Console.OpenStandardOutput();
            Console.SetOut(Console.Error);
            return stdout;
        }

        var copy = Dup(StandardOutput);
        if (copy < 0 || Dup2(StandardError, StandardOutput) < 0)
        {
            throw new IOException($"Could not set standard output aside for the replies (errno {Marshal.GetLastPInvokeError()}).");
        }

        Console.SetOut(Console.Error);
        return new FileStream(new SafeFileHandle(copy, ownsHandle: true), FileAccess.Write, bufferSize: 0);
    }

    [DllImport("libc.so.6", EntryPoint = "dup", SetLastError = true)]
    private static extern int Dup(int descriptor);

    [DllImport("libc.so.6", EntryPoint = "dup2", SetLastError = true)]
    private static extern int Dup2(int descriptor, int target);
}
