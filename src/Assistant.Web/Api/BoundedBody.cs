using System.Text;

namespace Assistant.Web.Api;

/// <summary>
/// Reads a request body as text up to a limit counted in bytes as they arrive. Content-Length
/// alone cannot be trusted: a chunked body has none, so a check on it lets any size through.
/// </summary>
public static class BoundedBody
{
    /// <returns>The body, or null when it holds more than <paramref name="maxBytes"/> (reading stops there).</returns>
    public static async Task<string?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
