using Assistant.Defects.Nab;

namespace Assistant.Defects.Tests.Nab;

public sealed class NabFolderTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "nab-folder-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void The_corpus_is_found_as_shared_data_beside_an_ancestor_of_the_start_folder()
    {
        var nab = MakeNab(Path.Combine(root, "shared", "data"));
        var deep = Directory.CreateDirectory(Path.Combine(root, "main", "tests", "bin")).FullName;

        Assert.Equal(nab, NabFolder.TryFind(null, [deep], out _));
    }

    [Fact]
    public void The_variable_may_name_the_shared_data_folder_or_the_nab_folder_itself()
    {
        var data = Path.Combine(root, "elsewhere");
        var nab = MakeNab(data);

        Assert.Equal(nab, NabFolder.TryFind(data, [Path.GetTempPath()], out _));
        Assert.Equal(nab, NabFolder.TryFind(nab, [Path.GetTempPath()], out _));
    }

    [Fact]
    public void A_missing_corpus_says_where_it_was_expected()
    {
        Directory.CreateDirectory(root);

        Assert.Null(NabFolder.TryFind(null, [root], out var why));
        Assert.Contains("../shared/data", why);
        Assert.Null(NabFolder.TryFind(Path.Combine(root, "nope"), [root], out why));
        Assert.Contains(NabFolder.Variable, why);
    }

    private static string MakeNab(string sharedData)
    {
        var nab = Path.Combine(sharedData, "anomaly", "NAB");
        Directory.CreateDirectory(Path.Combine(nab, "labels"));
        File.WriteAllText(Path.Combine(nab, "labels", "combined_windows.json"), "{}");
        return nab;
    }
}
