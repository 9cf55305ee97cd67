using System.Text;

namespace Assistant.Web.Security;

/// <summary>
/// A request's address as the logs may show it: the path, and the query with the value of every
/// parameter that may carry a secret (api_key, key, token, password, …) replaced, since a key
/// pasted into an address would otherwise sit in every log it reached.
/// </summary>
public static class LoggedUrl
{
    public const string Redacted = "[redacted]";

    private static readonly string[] SecretWords = ["key", "token", "secret", "password", "passwd", "pwd", "auth", "session", "signature", "sig", "code", "credential"];

    public static string Of(HttpRequest request)
    {
        var path = (request.PathBase + request.Path).ToUriComponent();
        var query = request.QueryString.Value;
        return string.IsNullOrEmpty(query) || query == "?" ? path : path + Redact(query);
    }

    /// <summary>The query string (with its '?') with secret-looking values replaced.</summary>
    public static string Redact(string query)
    {
        var text = new StringBuilder("?");
        var first = true;
        foreach (var part in query.TrimStart('?').Split('&'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (!first)
            {
                text.Append('&');
            }

            first = false;
            var equals = part.IndexOf('=');
            var name = equals < 0 ? part : part[..equals];
            text.Append(name);
            if (equals >= 0)
            {
                text.Append('=').Append(IsSecret(name) ? Redacted : part[(equals + 1)..]);
            }
        }

        return text.ToString();
    }

    private static bool IsSecret(string name)
    {
        var decoded = Uri.UnescapeDataString(name.Replace('+', ' '));
        return SecretWords.Any(word => decoded.Contains(word, StringComparison.OrdinalIgnoreCase));
    }
}
