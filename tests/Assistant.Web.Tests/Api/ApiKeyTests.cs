using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Assistant.Web.Tests.Api;

public sealed class ApiKeyTests(KeyedWebAppFixture app) : IClassFixture<KeyedWebAppFixture>
{
    private const string Key = KeyedWebAppFixture.Key;

    [Theory]
    [InlineData(null, null)]
    [InlineData("Authorization", "Bearer wrong-key")]
    [InlineData("X-Api-Key", "wrong-key")]
    [InlineData("Authorization", Key)] // the key without its scheme
    [InlineData("X-Api-Key", Key + "x")]
    public async Task Without_the_right_key_the_api_answers_401_problem_details(string? header, string? value)
    {
        var client = app.CreateClient();
        if (header is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation(header, value);
        }

        foreach (var request in Requests())
        {
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        }
    }

    [Theory]
    [InlineData("Authorization", "Bearer " + Key)]
    [InlineData("Authorization", "bearer " + Key)]
    [InlineData("X-Api-Key", Key)]
    public async Task With_the_right_key_in_either_header_the_api_answers(string header, string value)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation(header, value);

        using var tools = await client.GetAsync("api/tools");
        var (status, site, _) = await ApiJson.PostAsync(client, "api/tools/describe_site", new { site = "SEA4" });
        var (chatStatus, chat, _) = await ApiJson.PostAsync(client, "api/chat", new { question = "Tell me about PDX2" });

        Assert.Equal(HttpStatusCode.OK, tools.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("SEA4", site.GetProperty("site").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, chatStatus);
        Assert.Equal("describe_site", chat.GetProperty("toolCalls")[0].GetProperty("tool").GetString());
    }

    [Theory]
    [InlineData("healthz")]
    [InlineData("openapi/v1.json")]
    [InlineData("signin")]
    public async Task Health_the_openapi_document_and_the_sign_in_page_stay_open(string path)
    {
        using var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_document_says_how_to_present_the_key()
    {
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("openapi/v1.json");

        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("bearer").GetProperty("scheme").GetString());
        Assert.Equal("X-Api-Key", schemes.GetProperty("apiKey").GetProperty("name").GetString());
        Assert.Equal(2, document.GetProperty("security").GetArrayLength());
    }

    [Fact]
    public async Task A_browser_without_the_session_is_sent_to_sign_in()
    {
        using var response = await Browser().GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_wrong_key_at_sign_in_is_refused_and_sets_no_session()
    {
        var browser = Browser();

        using var signIn = await browser.PostAsync("signin", new FormUrlEncodedContent([new("key", "wrong")]));
        using var page = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.Contains("That is not the key.", await signIn.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task After_signing_in_the_page_and_its_own_calls_work_with_the_session_cookie()
    {
        var browser = Browser();

        using var signIn = await browser.PostAsync("signin", new FormUrlEncodedContent([new("key", Key)]));
        using var page = await browser.GetAsync("/");
        var events = await ChatStream.AskAsync(browser, "Tell me about PDX2");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Key, cookie);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("data-testid=\"chat-input\"", await page.Content.ReadAsStringAsync());
        Assert.Equal("done", events[^1].Type);
    }

    private HttpClient Browser() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static IEnumerable<HttpRequestMessage> Requests()
    {
        yield return new HttpRequestMessage(HttpMethod.Get, "api/tools");
        yield return new HttpRequestMessage(HttpMethod.Post, "api/tools/describe_site") { Content = JsonContent.Create(new { site = "SEA4" }) };
        yield return new HttpRequestMessage(HttpMethod.Post, "api/chat") { Content = JsonContent.Create(new { question = "Tell me about PDX2" }) };
        yield return new HttpRequestMessage(HttpMethod.Post, "api/chat/stream") { Content = JsonContent.Create(new { question = "Tell me about PDX2" }) };
        yield return new HttpRequestMessage(HttpMethod.Get, "api/networks");
    }
}
