using System.Runtime.InteropServices;

namespace Assistant.Native.Workers;

/// <summary>
/// The messages between a host and a solver worker process (src/Assistant.SolverWorker), in a
/// compact binary form over the worker's standard input and output: a solve request (the
/// <see cref="LinearProblem"/> and its <see cref="SolveLimits"/>), a cancel for a running
/// request, and the reply (<see cref="NativeSolution"/>, or the message of a failure in managed
/// code). Each message starts with its kind and the request's number, so that a late reply or
/// cancel is never taken for another request's. Doubles travel as their 8 bytes, so values come
/// back bit for bit.
/// </summary>
public static class SolverWire
{
    /// <summary>The first thing a worker writes, so that the host knows it is the worker it expects.</summary>
    public const int Greeting = 0x4D4D_5357; // "WSMM": worker of the middle-mile solver

    public const int Version = 1;

    private const byte SolveKind = 1;
    private const byte CancelKind = 2;
    private const byte ReplyKind = 3;
    private const byte FailureKind = 4;

    // A worker reads what the host wrote; these caps only keep a corrupt length from allocating gigabytes.
    private const int MaxArrayLength = 200_000_000;

    public static void WriteGreeting(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Greeting);
        writer.Write(Version);
        writer.Flush();
    }

    /// <exception cref="InvalidDataException">The other side is not a solver worker of this version.</exception>
    public static void ReadGreeting(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var greeting = reader.ReadInt32();
        var version = reader.ReadInt32();
        if (greeting != Greeting || version != Version)
        {
            throw new InvalidDataException($"The solver worker answered {greeting:X8} version {version}; expected {Greeting:X8} version {Version}.");
        }
    }

    public static void WriteSolve(BinaryWriter writer, long id, LinearProblem problem, SolveLimits limits)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(limits);
        writer.Write(SolveKind);
        writer.Write(id);
        writer.Write(limits.TimeLimit?.TotalSeconds ?? double.NaN);
        writer.Write(limits.RelativeGap);
        writer.Write(problem.Maximize);
        Doubles(writer, problem.ColumnLower);
        Doubles(writer, problem.ColumnUpper);
        Doubles(writer, problem.Objective);
        writer.Write(problem.IntegerColumns is not null);
        if (problem.IntegerColumns is { } integers)
        {
            writer.Write(integers.Length);
            foreach (var flag in integers)
            {
                writer.Write(flag);
            }
        }

        Doubles(writer, problem.RowLower);
        Doubles(writer, problem.RowUpper);
        Integers(writer, problem.ColumnStarts);
        Integers(writer, problem.RowIndices);
        Doubles(writer, problem.Coefficients);
        writer.Flush();
    }

    public static void WriteCancel(BinaryWriter writer, long id)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(CancelKind);
        writer.Write(id);
        writer.Flush();
    }

    /// <summary>What the host sent next: a solve (with its problem) or a cancel; null at the end of the input.</summary>
    public static WorkerMessage? ReadMessage(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int kind = reader.BaseStream.ReadByte();
        if (kind < 0)
        {
            return null;
        }

        var id = reader.ReadInt64();
        switch (kind)
        {
            case CancelKind:
                return new WorkerMessage.Cancel(id);
            case SolveKind:
                var seconds = reader.ReadDouble();
                var gap = reader.ReadDouble();
                var maximize = reader.ReadBoolean();
                var columnLower = Doubles(reader);
                var columnUpper = Doubles(reader);
                var objective = Doubles(reader);
                bool[]? integers = null;
                if (reader.ReadBoolean())
                {
                    integers = new bool[Length(reader)];
                    for (int j = 0; j < integers.Length; j++)
                    {
                        integers[j] = reader.ReadBoolean();
                    }
                }

                var problem = new LinearProblem
                {
                    Maximize = maximize,
                    ColumnLower = columnLower,
                    ColumnUpper = columnUpper,
                    Objective = objective,
                    IntegerColumns = integers,
                    RowLower = Doubles(reader),
                    RowUpper = Doubles(reader),
                    ColumnStarts = Integers(reader),
                    RowIndices = Integers(reader),
                    Coefficients = Doubles(reader),
                };
                var limits = new SolveLimits
                {
                    TimeLimit = double.IsNaN(seconds) ? null : TimeSpan.FromSeconds(seconds),
                    RelativeGap = gap,
                };
                return new WorkerMessage.Solve(id, problem, limits);
            default:
                throw new InvalidDataException($"Unknown message kind {kind} from the host.");
        }
    }

    public static void WriteReply(BinaryWriter writer, long id, NativeSolution solution)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(solution);
        writer.Write(ReplyKind);
        writer.Write(id);
        writer.Write((int)solution.Outcome);
        writer.Write(solution.Objective);
        writer.Write(solution.BestBound);
        OptionalDoubles(writer, solution.ColumnValues);
        OptionalDoubles(writer, solution.RowActivities);
        OptionalDoubles(writer, solution.RowDuals);
        OptionalDoubles(writer, solution.ReducedCosts);
        writer.Write(solution.Detail);
        writer.Flush();
    }

    /// <summary>A request the worker could not solve because managed code refused it (the message says why).</summary>
    public static void WriteFailure(BinaryWriter writer, long id, string message)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(FailureKind);
        writer.Write(id);
        writer.Write(message ?? "");
        writer.Flush();
    }

    /// <summary>The worker's answer to request <c>id</c>; null at the end of its output (the worker has stopped).</summary>
    public static WorkerReply? ReadReply(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int kind = reader.BaseStream.ReadByte();
        if (kind < 0)
        {
            return null;
        }

        var id = reader.ReadInt64();
        switch (kind)
        {
            case ReplyKind:
                var outcome = (SolverOutcome)reader.ReadInt32();
                var objective = reader.ReadDouble();
                var bound = reader.ReadDouble();
                var solution = new NativeSolution(
                    outcome, objective, bound, OptionalDoubles(reader), OptionalDoubles(reader), OptionalDoubles(reader), OptionalDoubles(reader), reader.ReadString());
                return new WorkerReply(id, solution, null);
            case FailureKind:
                return new WorkerReply(id, null, reader.ReadString());
            default:
                throw new InvalidDataException($"Unknown message kind {kind} from the solver worker.");
        }
    }

    // The host and its workers run on the same machine, so the arrays' own bytes are the format.
    private static void Doubles(BinaryWriter writer, double[] values)
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static void OptionalDoubles(BinaryWriter writer, double[]? values)
    {
        writer.Write(values is not null);
        if (values is not null)
        {
            Doubles(writer, values);
        }
    }

    private static void Integers(BinaryWriter writer, int[] values)
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static double[] Doubles(BinaryReader reader)
    {
        var values = new double[Length(reader)];
        var bytes = reader.ReadBytes(values.Length * sizeof(double));
        if (bytes.Length != values.Length * sizeof(double))
        {
            throw new EndOfStreamException("The message ended inside a list of numbers.");
        }

        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        return values;
    }

    private static double[]? OptionalDoubles(BinaryReader reader) => reader.ReadBoolean() ? Doubles(reader) : null;

    private static int[] Integers(BinaryReader reader)
    {
        var values = new int[Length(reader)];
        var bytes = reader.ReadBytes(values.Length * sizeof(int));
        if (bytes.Length != values.Length * sizeof(int))
        {
            throw new EndOfStreamException("The message ended inside a list of numbers.");
        }

        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        return values;
    }

    private static int Length(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        return length is >= 0 and <= MaxArrayLength
            ? length
            : throw new InvalidDataException($"A list of {length} values in a solver message; at most {MaxArrayLength} are expected.");
    }
}
