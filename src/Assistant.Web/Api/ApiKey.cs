using System.Security.Cryptography;
using System.Text;

namespace Assistant.Web.Api;

/// <summary>
/// The key that guards the app when one is configured (Assistant:ApiKey, or the environment
/// variable ASSISTANT__APIKEY). Comparisons take the same time whatever the candidate, so timing
/// gives away nothing of the key. Browsers never keep the key: signing in starts a session of its
/// own (<see cref="Security.BrowserSessions"/>).
/// </summary>
public sealed class ApiKey
{
    public const string ConfigurationKey = "Assistant:ApiKey";

    private readonly byte[]? _hash;

    public ApiKey(string? key)
    {
        if (!string.IsNullOrWhiteSpace(key))
        {
            _hash = SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim()));
        }
    }

    public static ApiKey From(IConfiguration configuration) => new(configuration[ConfigurationKey]);

    public bool IsConfigured => _hash is not null;

    /// <summary>Whether <paramref name="candidate"/> is the key (never when none is configured).</summary>
    public bool Matches(string? candidate) =>
        _hash is not null && candidate is not null
        // Hashes first: FixedTimeEquals is constant-time only for inputs of equal length.
        && CryptographicOperations.FixedTimeEquals(_hash, SHA256.HashData(Encoding.UTF8.GetBytes(candidate.Trim())));
}
