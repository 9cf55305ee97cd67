using Assistant.Core.Csv;

namespace Assistant.Cli.Forecasting;

/// <summary>
/// Problems in a forecast input file, located the way an editor shows them (the header is line 1),
/// in the same words as every long series file (<see cref="LongCsv.Problem"/>).
/// </summary>
public static class InputErrors
{
    public static Core.InputError At(string file, int? line, string? column, string message) => LongCsv.Problem(file, line, column, message);
}
