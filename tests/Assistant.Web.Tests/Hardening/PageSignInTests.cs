using System.Net;
using Assistant.Web.Tests.Api;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Assistant.Web.Tests.Hardening;

/// <summary>
/// Issue 12, item 3: with a key set, a page address that merely looks like a static file
/// ("/c/x.css") served the chat page, sidebar of conversation titles included, without the key.
/// Only the assets the app really serves stay open.
/// </summary>
public sealed class PageSignInTests(KeyedWebAppFixture app) : IClassFixture<KeyedWebAppFixture>
{
    [Theory]
    [InlineData("/c/x.css")]
    [InlineData("/C/x.CSS")]
    [InlineData("/c/a;.css")]
    [InlineData("/c/x.js")]
    [InlineData("/x.png")]
    public async Task A_page_address_with_a_file_extension_still_needs_the_key(string path)
    {
        using var response = await Browser().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin", response.Headers.Location?.ToString());
        Assert.DoesNotContain("conversation", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("app.css", "text/css")]
    [InlineData("js/chat.js", "text/javascript")]
    [InlineData("js/charts.js", "text/javascript")]
    [InlineData("lib/vega-embed.min.js", "text/javascript")]
    public async Task The_apps_own_scripts_and_styles_stay_open(string path, string mediaType)
    {
        using var response = await Browser().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    private HttpClient Browser() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
