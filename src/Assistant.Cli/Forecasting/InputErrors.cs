namespace Assistant.Cli.Forecasting;

/// <summary>
/// Problems in a forecast input file, located the way a person finds them in a spreadsheet (the
/// header is row 1), in the same words as the data import uses.
/// </summary>
public static class InputErrors
{
    public static Core.InputError At(string file, int? row, string? column, string message) => new((row, column) switch
    {
        ({ } r, { } c) => $"{file} row {r}, column {c}: {message} Nothing was written.",
        ({ } r, null) => $"{file} row {r}: {message} Nothing was written.",
        (null, { } c) => $"{file}, column {c}: {message} Nothing was written.",
        _ => $"{file}: {message} Nothing was written.",
    });
}
