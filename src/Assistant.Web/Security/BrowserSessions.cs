using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Assistant.Web.Security;

/// <summary>
/// The browsers signed in with the API key. A session is a random token (never derived from the
/// key) that expires <see cref="Lifetime"/> after sign-in and ends at once on sign-out. Sessions
/// live in the server's memory only, so a restart (which is also how a new key takes effect) signs
/// every browser out. Tokens are kept as hashes: a lookup's timing says nothing about a token.
/// </summary>
public sealed class BrowserSessions(TimeProvider clock)
{
    /// <summary>How long a sign-in lasts, from the moment of signing in (not extended by use).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    /// <summary>Sessions beyond this many push out the oldest, so memory stays bounded.</summary>
    public const int MaxSessions = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);

    /// <summary>Starts a session; the token goes to the browser in an HttpOnly cookie.</summary>
    public (string Token, DateTimeOffset Expires) Start()
    {
        var now = clock.GetUtcNow();
        if (_expiries.Count >= MaxSessions)
        {
            Prune(now);
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var expires = now + Lifetime;
        _expiries[Hash(token)] = expires;
        return (token, expires);
    }

    public bool IsValid(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100 || !_expiries.TryGetValue(Hash(token), out var expires))
        {
            return false;
        }

        if (expires > clock.GetUtcNow())
        {
            return true;
        }

        _expiries.TryRemove(Hash(token), out _);
        return false;
    }

    /// <summary>Ends the session: the token is worthless from now on, wherever a copy of it is.</summary>
    public void End(string? token)
    {
        if (!string.IsNullOrEmpty(token) && token.Length <= 100)
        {
            _expiries.TryRemove(Hash(token), out _);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (hash, expires) in _expiries)
        {
            if (expires <= now)
            {
                _expiries.TryRemove(hash, out _);
            }
        }

        foreach (var (hash, _) in _expiries.OrderBy(e => e.Value).Take(Math.Max(0, _expiries.Count - MaxSessions + 1)).ToList())
        {
            _expiries.TryRemove(hash, out _);
        }
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
