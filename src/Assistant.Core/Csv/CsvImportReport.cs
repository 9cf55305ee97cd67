namespace Assistant.Core.Csv;

/// <summary>
/// What an import wrote. RegionsCreated lists regions that sites.csv named but nobody defined;
/// they were created with their code as their name, and the user should know to rename them.
/// </summary>
public sealed record CsvImportReport(
    string Folder,
    bool Replaced,
    IReadOnlyList<string> FilesRead,
    IReadOnlyList<string> FilesIgnored,
    CsvRowCounts Rows,
    IReadOnlyList<string> RegionsCreated)
{
    public string Summary
    {
        get
        {
            var text = $"{(Replaced ? "Replaced the network with" : "Imported")} {Rows} from {string.Join(", ", FilesRead)} in {Folder}.";
            if (RegionsCreated.Count > 0)
            {
                text += $" Created region{(RegionsCreated.Count == 1 ? "" : "s")} {string.Join(", ", RegionsCreated)}, named after {(RegionsCreated.Count == 1 ? "its code" : "their codes")}, because sites.csv uses {(RegionsCreated.Count == 1 ? "it" : "them")} and regions.csv does not define {(RegionsCreated.Count == 1 ? "it" : "them")}.";
            }

            if (FilesIgnored.Count > 0)
            {
                text += $" Ignored {string.Join(", ", FilesIgnored)}: not part of the format ({NetworkCsvFiles.Names}).";
            }

            return text;
        }
    }
}
