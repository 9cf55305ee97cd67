using Assistant.Native;

namespace Assistant.Optimization.Solving;

/// <summary>
/// How to start a solver worker: <c>dotnet exec Assistant.SolverWorker.dll</c> from the host's own
/// folder (Assistant.Optimization references the worker project, so its files are in every
/// host's output), with the same dotnet that runs the host. The host may itself have been started
/// as <c>dotnet host.dll</c>, as an apphost (<c>./assistant</c>) or as a test host.
/// </summary>
public sealed record SolverWorkerLaunch(string Dotnet, string WorkerAssembly)
{
    public const string WorkerFileName = "Assistant.SolverWorker.dll";

    /// <summary>The worker beside this assembly, run by the dotnet that runs this process.</summary>
    /// <exception cref="FileNotFoundException">The worker's files are missing from the host's folder.</exception>
    public static SolverWorkerLaunch ForThisProcess()
    {
        var folder = AppContext.BaseDirectory;
        var worker = Path.Combine(folder, WorkerFileName);
        var config = Path.ChangeExtension(worker, ".runtimeconfig.json");
        if (!File.Exists(worker) || !File.Exists(config))
        {
            throw new FileNotFoundException(
                $"The solver worker ({WorkerFileName} with its .runtimeconfig.json) is not in {folder}. " +
                "It is built with Assistant.Optimization; rebuild the host project.", worker);
        }

        return new SolverWorkerLaunch(DotnetHost.OfThisProcess(), worker);
    }
}
