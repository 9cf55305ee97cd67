using Assistant.Core.Csv;

namespace Assistant.Core.Tests;

/// <summary>
/// Imported names reach answers, pages and terminals word for word, so a control character in one
/// (a terminal escape sequence, a line break) is refused with its file, row and column.
/// </summary>
public sealed class PrintableTextImportTests : IDisposable
{
    private readonly TempDatabase _temp = new();
    private readonly CsvFolder _folder = new();

    public void Dispose()
    {
        _folder.Dispose();
        _temp.Dispose();
    }

    [Theory]
    [InlineData("Seattle \u001b]8;;http://evil.example/\u0007click\u001b]8;;\u0007", "001B")]
    [InlineData("Seattle\u001b[2J", "001B")]
    [InlineData("Seattle\tSort", "0009")]
    [InlineData("Seattle\nSort", "000A")]
    [InlineData("Seattle\u0085Sort", "0085")]
    public async Task A_name_with_a_control_character_is_refused_by_file_row_and_column(string name, string codePoint)
    {
        var decoded = System.Text.RegularExpressions.Regex.Unescape(name);
        _folder.With("sites.csv",
            "code,name,kind,region,city,state,latitude,longitude",
            "SC0,Plain Sort,SC,NW,Tacoma,WA,47.25,-122.44",
            $"SC1,\"{decoded}\",SC,NW,Seattle,WA,47.61,-122.33");
        var before = await StoreSnapshot.TakeAsync(_temp.Database);

        var error = await Assert.ThrowsAsync<InputError>(() => new NetworkCsvImporter(_temp.Store).ImportFolderAsync(_folder.Path, replace: false));

        Assert.Equal(
            $"sites.csv row 3, column name: holds a control character (U+{codePoint}); names and codes must be printable text on one line.",
            error.Message.Split('\n')[1]);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(_temp.Database));
    }

    [Fact]
    public async Task Names_in_any_script_with_punctuation_are_taken()
    {
        _folder.With("sites.csv",
            "code,name,kind,region,city,state,latitude,longitude",
            "SC1,\"Zürich Süd – «Nord» 東京 ![x](y)\",SC,NW,Zürich,,47.37,8.54");

        await new NetworkCsvImporter(_temp.Store).ImportFolderAsync(_folder.Path, replace: false);

        Assert.Equal("Zürich Süd – «Nord» 東京 ![x](y)", (await _temp.Store.GetCatalogAsync()).FindSite("SC1")!.Name);
    }
}
