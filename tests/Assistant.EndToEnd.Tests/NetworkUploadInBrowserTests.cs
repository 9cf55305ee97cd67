using Microsoft.Playwright;

namespace Assistant.EndToEnd.Tests;

/// <summary>The chat input's "Upload network…" in a real browser: the file goes to the server, is chosen, and questions plan it.</summary>
public sealed class NetworkUploadInBrowserTests(RunningApp server) : IClassFixture<RunningApp>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("assistant-e2e-upload-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task An_uploaded_network_file_is_chosen_and_a_what_if_about_it_answers_with_its_new_total_cost()
    {
        // A copy under a name of its own, so the answer can only come from the uploaded file.
        var file = Path.Combine(_folder, "uploaded-regions.json");
        File.Copy(Path.Combine(RepositoryFolder.Root, "examples", "networks", "three-region.json"), file);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await OpenChatAsync(browser);

        await page.GetByTestId("network-upload").SetInputFilesAsync(file);
        await Assertions.Expect(page.GetByTestId("network-select")).ToHaveValueAsync("uploaded-regions.json");
        Assert.Equal("", await page.GetByTestId("network-status").InnerTextAsync());

        await page.GetByTestId("chat-input").FillAsync("What happens if demand at DS1 grows 20%?");
        await page.Keyboard.PressAsync("Enter");

        var answer = page.Locator("[data-testid='message-assistant'][data-state='done']").Locator(".answer");
        await answer.WaitForAsync();
        var text = await answer.InnerTextAsync();
        // three-region.json plans at 8,008; a fifth more demand at DS1 costs 469 more.
        Assert.Contains("The total cost would be 8,478 instead of 8,008: +469 (+5.9%).", text);
        Assert.Contains("the network file uploaded-regions.json", text);
    }

    [Fact]
    public async Task A_refused_network_file_shows_why_next_to_the_upload_and_is_not_offered()
    {
        var file = Path.Combine(_folder, "broken.json");
        await File.WriteAllTextAsync(file, "{\"name\": \"broken\",\n \"classes\": [\"a\"]");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await OpenChatAsync(browser);

        await page.GetByTestId("network-upload").SetInputFilesAsync(file);

        await Assertions.Expect(page.GetByTestId("network-status")).ToContainTextAsync("broken.json, line 2");
        Assert.Equal("", await page.GetByTestId("network-select").InputValueAsync());
        Assert.Equal(0, await page.Locator("[data-testid='network-select'] option[value='broken.json']").CountAsync());
    }

    private async Task<IPage> OpenChatAsync(IBrowser browser)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout(20_000);
        await page.GotoAsync(server.Url);
        // chat.js marks the input once its handlers (the upload's among them) are wired.
        await page.Locator("[data-testid='chat-input'][data-ready='true']").WaitForAsync();
        return page;
    }
}
