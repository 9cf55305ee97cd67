using System.Net;
using Assistant.Web.Tests.Api;

namespace Assistant.Web.Tests.Hardening;

/// <summary>ASP.NET's own request logging switched on, as it is when nothing turns it down (assistant serve from any folder).</summary>
public sealed class VerboseLogWebAppFixture() : SettingsWebAppFixture(new Dictionary<string, string>
{
    ["Logging:LogLevel:Default"] = "Information",
    ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information",
});

/// <summary>Issue 12, item 9: full addresses with their query strings were logged, ?api_key= included.</summary>
public sealed class RequestLogTests(VerboseLogWebAppFixture app) : IClassFixture<VerboseLogWebAppFixture>
{
    [Fact]
    public async Task Secrets_in_a_query_string_never_reach_the_log_but_the_request_line_does()
    {
        using var response = await app.CreateClient().GetAsync("api/networks?api_key=S3CRET-1&token=S3CRET-2&Password=S3CRET-3&view=full");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // The request line is written once the answer is done; give the server a moment to finish it.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!app.Logs.Lines.Any(line => line.Contains("/api/networks?", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var lines = app.Logs.Lines;
        Assert.DoesNotContain(lines, line => line.Contains("S3CRET", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("GET /api/networks?api_key=[redacted]&token=[redacted]&Password=[redacted]&view=full answered 200", StringComparison.Ordinal));
    }
}
