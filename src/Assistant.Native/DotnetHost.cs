using System.Runtime.InteropServices;

namespace Assistant.Native;

/// <summary>
/// The dotnet muxer of the runtime this process runs on, for starting another .NET program
/// (<c>dotnet exec x.dll</c>) with the same installation. This process may itself have been started
/// as <c>dotnet host.dll</c>, as an apphost (<c>./assistant</c>) or as a test host.
/// </summary>
public static class DotnetHost
{
    public static string OfThisProcess()
    {
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return self;
        }

        // An apphost or a test host: the runtime it loaded lives in <root>/shared/Microsoft.NETCore.App/<version>/,
        // and <root>/dotnet is that installation's muxer.
        var runtime = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar);
        var root = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(runtime)));
        var candidates = new[]
        {
            root is null ? null : Path.Combine(root, Executable("dotnet")),
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH"),
            Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } dotnetRoot ? Path.Combine(dotnetRoot, Executable("dotnet")) : null,
        };
        return candidates.FirstOrDefault(File.Exists) ?? "dotnet";
    }

    private static string Executable(string name) => OperatingSystem.IsWindows() ? name + ".exe" : name;
}
