namespace Assistant.EndToEnd.Tests;

/// <summary>The repository's root folder (where Assistant.sln is), found from the test's output folder.</summary>
public static class RepositoryFolder
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Assistant.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Assistant.sln above {AppContext.BaseDirectory}.");
    }
}
