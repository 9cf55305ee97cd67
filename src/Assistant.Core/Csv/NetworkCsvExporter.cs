using Assistant.Core.Store;

namespace Assistant.Core.Csv;

/// <summary>
/// Writes the store's network and history as a folder of CSV files that
/// <see cref="NetworkCsvImporter"/> reads back unchanged: the way to edit data in a spreadsheet
/// or move it between stores. Planted demo incidents are ground truth for tests, not network
/// data, and are not exported.
/// </summary>
public sealed class NetworkCsvExporter(INetworkStore store)
{
    /// <summary>Writes all seven files into the folder (created when missing), replacing files of the same names.</summary>
    public async Task<CsvExportReport> ExportFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            throw new InputError("Name the folder to export to.");
        }

        var path = Path.GetFullPath(folder);
        try
        {
            Directory.CreateDirectory(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputError($"Could not create the folder {folder}: {e.Message}");
        }

        var data = await store.ExportAsync(cancellationToken);
        async Task<int> Write(CsvLayout layout, IEnumerable<IReadOnlyList<string>> rows) =>
            await CsvFileWriter.WriteAsync(Path.Combine(path, layout.FileName), layout, rows, cancellationToken);

        var counts = new CsvRowCounts(
            Regions: await Write(RegionsCsv.Layout, RegionsCsv.Rows(data.Regions)),
            Sites: await Write(SitesCsv.Layout, SitesCsv.Rows(data.Sites)),
            Lanes: await Write(LanesCsv.Layout, LanesCsv.Rows(data.Lanes)),
            SortCapacities: await Write(SortCapacityCsv.Layout, SortCapacityCsv.Rows(data.Capacities)),
            HourlyShares: await Write(HourlyProfileCsv.Layout, HourlyProfileCsv.Rows(data.HourlyProfiles)),
            SiteDays: await Write(SiteVolumeCsv.Layout, SiteVolumeCsv.Rows(data.SiteDays)),
            LaneDays: await Write(LaneVolumeCsv.Layout, LaneVolumeCsv.Rows(data.LaneDays)));
        return new CsvExportReport(path, NetworkCsvFiles.All.Select(l => l.FileName).ToList(), counts);
    }
}
