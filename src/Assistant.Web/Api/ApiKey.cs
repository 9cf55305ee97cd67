using System.Security.Cryptography;
using System.Text;

namespace Assistant.Web.Api;

/// <summary>
/// The key that guards the app when one is configured (Assistant:ApiKey, or the environment
/// variable ASSISTANT__APIKEY). Comparisons take the same time whatever the candidate, so timing
/// gives away nothing of the key. The browser gets a session token derived from the key instead of
/// the key itself; changing the key signs every browser out.
/// </summary>
public sealed class ApiKey
{
    public const string ConfigurationKey = "Assistant:ApiKey";

    private static readonly byte[] SessionLabel = "assistant-browser-session-v1"u8.ToArray();

    private readonly byte[]? _hash;
    private readonly string? _sessionToken;

    public ApiKey(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(key.Trim());
        _hash = SHA256.HashData(bytes);
        _sessionToken = Convert.ToBase64String(HMACSHA256.HashData(bytes, SessionLabel))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static ApiKey From(IConfiguration configuration) => new(configuration[ConfigurationKey]);

    public bool IsConfigured => _hash is not null;

    /// <summary>Whether <paramref name="candidate"/> is the key (never when none is configured).</summary>
    public bool Matches(string? candidate) =>
        _hash is not null && candidate is not null
        // Hashes first: FixedTimeEquals is constant-time only for inputs of equal length.
        && CryptographicOperations.FixedTimeEquals(_hash, SHA256.HashData(Encoding.UTF8.GetBytes(candidate.Trim())));

    /// <summary>The value of the browser's session cookie; null when no key is configured.</summary>
    public string? SessionToken => _sessionToken;

    public bool IsSessionToken(string? candidate) =>
        _sessionToken is not null && candidate is not null
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(_sessionToken)), SHA256.HashData(Encoding.UTF8.GetBytes(candidate)));
}
