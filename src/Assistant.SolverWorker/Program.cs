using Assistant.Native;
using Assistant.SolverWorker;

// Solves what the host sends, one problem at a time, until the host closes standard input.
new WorkerLoop(Console.OpenStandardInput(), ProtocolStdout.Claim()).Run();
