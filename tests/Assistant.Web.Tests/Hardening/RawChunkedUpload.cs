using System.Net.Sockets;
using System.Text;

namespace Assistant.Web.Tests.Hardening;

/// <summary>
/// A chunked upload over a plain socket that reads the answer while it is still sending, as curl
/// does: a server that refuses a body early answers and closes, and HttpClient then reports only
/// the broken pipe of its unfinished send, never the answer.
/// </summary>
public static class RawChunkedUpload
{
    public static async Task<(int Status, string Head, string Body)> PutAsync(Uri server, string path, long totalBytes)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        var head = $"PUT {path} HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        var reading = ReadAllAsync(stream);
        var chunk = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));
        var chunkHead = Encoding.ASCII.GetBytes($"{chunk.Length:X}\r\n");
        try
        {
            for (long sent = 0; sent < totalBytes && !reading.IsCompleted; sent += chunk.Length)
            {
                await stream.WriteAsync(chunkHead);
                await stream.WriteAsync(chunk);
                await stream.WriteAsync("\r\n"u8.ToArray());
            }

            await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
        }
        catch (IOException)
        {
            // The server stopped reading and closed: its answer is what counts.
        }

        var response = await reading.WaitAsync(TimeSpan.FromMinutes(1));
        var split = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = split < 0 ? response : response[..split];
        var body = split < 0 ? "" : response[(split + 4)..];
        return (int.Parse(headers.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), headers, body);
    }

    private static async Task<string> ReadAllAsync(NetworkStream stream)
    {
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException) when (received.Length > 0)
        {
            // Reset after the answer arrived.
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }
}
