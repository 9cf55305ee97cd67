using Assistant.Core.Network;

namespace Assistant.Core.Csv;

/// <summary>A folder that passed every check, ready to be written in one transaction.</summary>
internal sealed record CheckedImport(NetworkData Data, CsvRowCounts Rows, IReadOnlyList<string> RegionsCreated);
