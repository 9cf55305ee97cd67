using Assistant.Agent;
using Assistant.Core.Csv;
using Assistant.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests;

/// <summary>
/// Imported text reaches answers word for word (a site's name, say). Markdown planted in it must
/// not become something the browser fetches or follows off the site: the streamed answer and the
/// conversation page show the words, with no image and no external link.
/// </summary>
public sealed class ImportedMarkdownTests(WebAppFixture app) : IClassFixture<WebAppFixture>, IDisposable
{
    private const string PlantedName =
        "Seattle ![t](http://evil.example/p.png?d=1) [x](//evil.example/a) [docs](https://evil.example/b) <http://evil.example/c> <img src=http://evil.example/d.png>";

    private readonly string _folder = Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), "assistant-web-tests", "csv-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_site_name_carrying_images_and_links_is_answered_as_plain_words()
    {
        await RenameSea4Async(PlantedName);
        var client = app.CreateClient();

        var events = await ChatStream.AskAsync(client, "Tell me about SEA4");
        var page = await client.GetStringAsync($"c/{events[0].ConversationId}");

        var done = events[^1];
        Assert.Equal("done", done.Type);
        // The name did reach the answer, as words.
        Assert.Contains("Seattle t x docs http://evil.example/c", done.Html, StringComparison.Ordinal);
        foreach (var html in events.Select(e => e.Html ?? "").Append(done.SidebarHtml ?? "").Append(page))
        {
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"http", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"//", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("src=\"//", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Gives SEA4 the name through the CSV import, as an operator's file would.</summary>
    private async Task RenameSea4Async(string name)
    {
        var runtime = app.Services.GetRequiredService<AssistantRuntime>();
        var sea4 = (await runtime.Store.GetCatalogAsync()).FindSite("SEA4")!;
        var quoted = "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var row = string.Join(',', sea4.Code, quoted, "SC", sea4.RegionCode, sea4.City, sea4.State,
            sea4.Latitude.ToString(System.Globalization.CultureInfo.InvariantCulture), sea4.Longitude.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await File.WriteAllTextAsync(Path.Combine(_folder, "sites.csv"), "code,name,kind,region,city,state,latitude,longitude\n" + row + "\n");
        await new NetworkCsvImporter(new SqliteNetworkStore(runtime.Database)).ImportFolderAsync(_folder, replace: false);
        Assert.Equal(name, (await runtime.Store.GetCatalogAsync()).FindSite("SEA4")!.Name);
    }
}
