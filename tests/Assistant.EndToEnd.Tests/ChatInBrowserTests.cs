using System.Globalization;
using Assistant.Agent;
using Assistant.Core.History;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Assistant.EndToEnd.Tests;

public sealed class ChatInBrowserTests(RunningApp server) : IClassFixture<RunningApp>
{
    private const string Question = "What was the volume at SEA4 last week?";

    [Fact]
    public async Task Asking_with_the_keyboard_streams_an_answer_with_the_stored_number_its_trace_and_a_chart()
    {
        var expected = await LastWeekAtSea4Async();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout(20_000);

        // Anything the page's Content-Security-Policy blocks (an eval in the chart library, an inline
        // script without the nonce, a style) is recorded, so the test sees the page work under it.
        await page.AddInitScriptAsync("""
            window.cspViolations = [];
            document.addEventListener("securitypolicyviolation", e => window.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`));
            """);
        var opened = await page.GotoAsync(server.Url);
        Assert.Contains("img-src 'self' data:", opened?.Headers["content-security-policy"]);
        // chat.js marks the input once its keyboard handling is wired.
        await page.Locator("[data-testid='chat-input'][data-ready='true']").WaitForAsync();
        Assert.Equal(Assistant.Web.Components.Chat.ChatSuggestions.Questions.Count, await page.GetByTestId("suggestion").CountAsync());
        Assert.Equal("chat-input", await page.EvaluateAsync<string>("document.activeElement.id"));

        await page.Keyboard.TypeAsync(Question);
        await page.Keyboard.PressAsync("Enter");

        var answer = page.Locator("[data-testid='message-assistant'][data-state='done']");
        await answer.WaitForAsync();
        Assert.Contains(expected, await answer.Locator(".answer").InnerTextAsync());
        Assert.Equal(Question, await page.GetByTestId("message-user").InnerTextAsync());

        var trace = answer.GetByTestId("trace");
        Assert.Contains("volume_history", await trace.TextContentAsync());
        Assert.Contains("How I got this", await trace.Locator("summary").InnerTextAsync());

        var chart = answer.GetByTestId("chart");
        await chart.Locator("svg").First.WaitForAsync();
        Assert.Equal("drawn", await chart.GetAttributeAsync("data-chart-state"));
        Assert.True(await chart.Locator("svg .mark-rect path, svg .mark-rect rect").CountAsync() >= 7, "the chart should draw one bar per day");
        Assert.Empty(await page.EvaluateAsync<string[]>("window.cspViolations"));

        // The new conversation has an address of its own, is listed, and the input is ready again.
        Assert.Matches("/c/[0-9a-f]+$", page.Url);
        Assert.Equal(Question, await page.GetByTestId("conversation-item").Locator(".conversation-title").InnerTextAsync());
        Assert.Equal("chat-input", await page.EvaluateAsync<string>("document.activeElement.id"));

        // The README's picture is refreshed only on request (ASSISTANT_UPDATE_SCREENSHOT=1), so that a
        // test run does not leave the working tree changed; every run keeps its own under artifacts/.
        var screenshot = Environment.GetEnvironmentVariable("ASSISTANT_UPDATE_SCREENSHOT") == "1"
            ? Path.Combine(RepositoryFolder.Root, "docs", "screenshot-chat.png")
            : Path.Combine(RepositoryFolder.Root, "artifacts", "screenshots", "chat.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        Assert.True(new FileInfo(screenshot).Length > 10_000, "The screenshot is nearly empty.");
    }

    // The offline brain reads "last week" (Monday to Sunday) against the app's clock; the store holds the truth.
    private async Task<string> LastWeekAtSea4Async()
    {
        var runtime = server.App.Services.GetRequiredService<AssistantRuntime>();
        var clock = server.App.Services.GetRequiredService<TimeProvider>();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - 7);
        var days = await runtime.Store.GetVolumeAsync(VolumeScope.Site("SEA4"), monday, monday.AddDays(6));
        Assert.Equal(7, days.Count);
        return days.Sum(day => day.Packages).ToString("N0", CultureInfo.InvariantCulture);
    }
}
