using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace Assistant.Cli.Mcp;

/// <summary>
/// MCP's stdio transport, one JSON-RPC message a line, read by us rather than by the SDK's
/// StreamServerTransport so that every line a client sends gets an answer: each line goes through
/// <see cref="IncomingLine"/>, and what it refuses is answered here with a JSON-RPC error while the
/// server goes on reading. A line longer than <see cref="MaxLineBytes"/> is refused without being
/// kept in memory. Writes (the SDK's answers and these errors) share one lock, one line each.
/// </summary>
public sealed class ProtocolLineTransport : TransportBase
{
    /// <summary>Tool arguments are a few hundred bytes; a 4 MiB line is a mistake or an attack.</summary>
    public const int MaxLineBytes = 4 * 1024 * 1024;

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    private static readonly ProtocolRejection TooLong = new(ProtocolRejection.InvalidRequest,
        $"Invalid Request: a message is one line of at most {MaxLineBytes / (1024 * 1024)} MiB; this one is longer and was not read.", null);

    private readonly Stream _input;
    private readonly Stream _output;
    private readonly PipeReader _reader;
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly ILogger _logger;
    private readonly Task _reading;
    private int _disposed;

    public ProtocolLineTransport(Stream input, Stream output, ILoggerFactory loggers)
        : base("stdio", loggers)
    {
        _input = input;
        _output = output;
        _reader = PipeReader.Create(input);
        _logger = loggers.CreateLogger<ProtocolLineTransport>();
        SetConnected();
        _reading = Task.Run(ReadAsync);
    }

    public override async Task SendMessageAsync(JsonRpcMessage message, CancellationToken cancellationToken = default)
    {
        if (IsConnected)
        {
            await WriteLineAsync(JsonSerializer.SerializeToUtf8Bytes(message, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(JsonRpcMessage))), cancellationToken);
        }
    }

    private async Task WriteLineAsync(byte[] json, CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            await _output.WriteAsync(json, cancellationToken);
            await _output.WriteAsync(NewLine, cancellationToken);
            await _output.FlushAsync(cancellationToken);
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task ReadAsync()
    {
        Exception? failure = null;
        try
        {
            await ReadLinesAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Disposed while reading: an orderly end.
        }
        catch (Exception error)
        {
            _logger.LogError(error, "Reading MCP messages from standard input failed.");
            failure = error;
        }
        finally
        {
            SetDisconnected(failure);
        }
    }

    private async Task ReadLinesAsync(CancellationToken cancellationToken)
    {
        // While a line is over the limit its bytes are dropped as they come, up to its newline.
        var skippingLongLine = false;
        long searched = 0;
        while (true)
        {
            var read = await _reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            while (buffer.Slice(searched).PositionOf((byte)'\n') is { } end)
            {
                var line = buffer.Slice(0, end);
                buffer = buffer.Slice(buffer.GetPosition(1, end));
                searched = 0;
                if (skippingLongLine)
                {
                    skippingLongLine = false;
                }
                else if (line.Length > MaxLineBytes)
                {
                    await RejectAsync(TooLong, cancellationToken);
                }
                else
                {
                    await HandleLineAsync(line, cancellationToken);
                }
            }

            searched = buffer.Length;
            if (!skippingLongLine && buffer.Length > MaxLineBytes)
            {
                skippingLongLine = true;
                await RejectAsync(TooLong, cancellationToken);
            }

            if (skippingLongLine)
            {
                buffer = buffer.Slice(buffer.End);
                searched = 0;
            }

            if (read.IsCompleted)
            {
                if (!skippingLongLine && buffer.Length > 0)
                {
                    // The last message may come without a newline before the client closes.
                    await HandleLineAsync(buffer, cancellationToken);
                    buffer = buffer.Slice(buffer.End);
                }

                _reader.AdvanceTo(buffer.End);
                return;
            }

            _reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private async Task HandleLineAsync(ReadOnlySequence<byte> line, CancellationToken cancellationToken)
    {
        if (IsBlank(line))
        {
            return;
        }

        var (message, rejection) = IncomingLine.Read(line);
        if (message is not null)
        {
            await WriteMessageAsync(message, cancellationToken);
        }
        else if (rejection is not null)
        {
            await RejectAsync(rejection, cancellationToken);
        }
    }

    private async Task RejectAsync(ProtocolRejection rejection, CancellationToken cancellationToken)
    {
        _logger.LogWarning("Refused an MCP message ({Code}): {Message}", rejection.Code, rejection.Message);
        if (rejection.Answered)
        {
            await WriteLineAsync(rejection.ToJson(), cancellationToken);
        }
    }

    private static bool IsBlank(ReadOnlySequence<byte> line)
    {
        foreach (var segment in line)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync();
        // A blocked read of stdin does not wake on cancellation; closing the stream ends it.
        await _input.DisposeAsync();
        await _output.DisposeAsync();
        try
        {
            await _reading;
        }
        catch (Exception error) when (error is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // Already ending.
        }

        SetDisconnected();
        _stop.Dispose();
        _writing.Dispose();
    }
}
