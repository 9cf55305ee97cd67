using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Web.Tests.Api;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Assistant.Web.Tests.Hardening;

/// <summary>A keyed app of its own, so that its sign-in limit is not spent by other tests.</summary>
public sealed class SignInLimitWebAppFixture() : SettingsWebAppFixture(new Dictionary<string, string> { ["Assistant:ApiKey"] = KeyedWebAppFixture.Key });

/// <summary>
/// Issue 12, item 8: sign-in attempts are rate-limited per client; the session cookie expires and
/// can be ended on the server; the session is not the same token for everyone.
/// </summary>
public sealed class SignInHardeningTests(KeyedWebAppFixture app) : IClassFixture<KeyedWebAppFixture>
{
    private const string Key = KeyedWebAppFixture.Key;

    [Fact]
    public async Task The_session_cookie_expires_within_12_hours()
    {
        using var signIn = await Browser().PostAsync("signin", Form(Key));

        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"));
        var expires = cookie.Split(';').Select(p => p.Trim()).Single(p => p.StartsWith("expires=", StringComparison.OrdinalIgnoreCase));
        var when = DateTimeOffset.Parse(expires["expires=".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(when, DateTimeOffset.UtcNow.AddHours(11), DateTimeOffset.UtcNow.AddHours(12).AddMinutes(1));
    }

    [Fact]
    public async Task Each_sign_in_gets_a_session_of_its_own()
    {
        using var first = await Browser().PostAsync("signin", Form(Key));
        using var second = await Browser().PostAsync("signin", Form(Key));

        Assert.NotEqual(SessionOf(first), SessionOf(second));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server_so_a_copy_of_the_cookie_no_longer_works()
    {
        using var signIn = await Browser().PostAsync("signin", Form(Key));
        var session = SessionOf(signIn);
        using var before = await WithCookie(session).GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var signOut = await WithCookie(session).PostAsync("signout", null);
        using var after = await WithCookie(session).GetAsync("/");
        using var api = await WithCookie(session).GetAsync("api/networks");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/signin", after.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task Healthz_shows_no_database_path()
    {
        var health = await app.CreateClient().GetFromJsonAsync<JsonElement>("healthz");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.False(health.TryGetProperty("database", out _), health.ToString());
        Assert.DoesNotContain(Path.GetFileName(app.DatabasePath), health.ToString());
    }

    private HttpClient Browser() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private HttpClient WithCookie(string session)
    {
        var client = Browser();
        client.DefaultRequestHeaders.Add("Cookie", $"assistant_session={session}");
        return client;
    }

    private static FormUrlEncodedContent Form(string key) => new([new("key", key)]);

    private static string SessionOf(HttpResponseMessage signIn)
    {
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("assistant_session=", cookie);
        return cookie["assistant_session=".Length..cookie.IndexOf(';', StringComparison.Ordinal)];
    }
}

/// <summary>Sign-in attempts beyond 10 a minute from one client: 200 wrong keys in 9 s were all answered before.</summary>
public sealed class SignInRateLimitTests(SignInLimitWebAppFixture app) : IClassFixture<SignInLimitWebAppFixture>
{
    [Fact]
    public async Task The_eleventh_attempt_in_a_minute_is_a_429_problem_with_retry_after_even_with_the_right_key()
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        for (var attempt = 1; attempt <= 10; attempt++)
        {
            using var wrong = await browser.PostAsync("signin", new FormUrlEncodedContent([new("key", $"guess-{attempt}")]));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var limited = await browser.PostAsync("signin", new FormUrlEncodedContent([new("key", KeyedWebAppFixture.Key)]));

        await ProblemResponsesTests.AssertProblemAsync(limited, HttpStatusCode.TooManyRequests, "Too many sign-in attempts");
        Assert.NotNull(limited.Headers.RetryAfter?.Delta);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.False(limited.Headers.Contains("Set-Cookie"));
    }
}
