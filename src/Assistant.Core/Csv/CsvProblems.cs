using System.Text;

namespace Assistant.Core.Csv;

/// <summary>
/// The problems found while checking an import folder. Every file is checked before any is
/// written, and the user sees all problems at once (up to a limit) rather than fixing them one
/// re-run at a time.
/// </summary>
internal sealed class CsvProblems
{
    /// <summary>Enough to fix a batch in one pass; a file that is wrong everywhere would otherwise bury the first cause.</summary>
    public const int MaxListed = 20;

    private readonly List<CsvProblem> _listed = [];

    public int Count { get; private set; }

    public void Add(CsvProblem problem)
    {
        Count++;
        if (_listed.Count < MaxListed)
        {
            _listed.Add(problem);
        }
    }

    public void Add(string file, int? row, string? column, string message) => Add(new CsvProblem(file, row, column, message));

    public void ThrowIfAny()
    {
        if (Count == 0)
        {
            return;
        }

        var text = new StringBuilder();
        text.Append("The CSV import was rejected and nothing was changed: ")
            .Append(Count == 1 ? "1 problem" : $"{Count} problems")
            .Append(" (row numbers count the header as row 1).");
        foreach (var problem in _listed)
        {
            text.Append('\n').Append(problem);
        }

        if (Count > _listed.Count)
        {
            text.Append('\n').Append($"... and {Count - _listed.Count} more.");
        }

        throw new InputError(text.ToString());
    }
}
