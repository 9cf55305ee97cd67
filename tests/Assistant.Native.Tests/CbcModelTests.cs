using Assistant.Native.Cbc;

namespace Assistant.Native.Tests;

public sealed class CbcModelTests
{
    /// <summary>max x + y, x + y ≤ 3.5, x, y integers in [0, 2]: optimum 3.</summary>
    private static LinearProblem SmallMip() => new()
    {
        ColumnLower = [0, 0],
        ColumnUpper = [2, 2],
        Objective = [1, 1],
        IntegerColumns = [true, true],
        RowLower = [double.NegativeInfinity],
        RowUpper = [3.5],
        ColumnStarts = [0, 1, 2],
        RowIndices = [0, 0],
        Coefficients = [1, 1],
        Maximize = true,
    };

    [CbcFact]
    public void CBC_is_available_in_version_2_10_or_later()
    {
        Assert.True(NativeLibraries.IsCbcAvailable(out string? why), why);
        Assert.True(NativeLibraries.CbcVersion >= new Version(2, 10), $"version {NativeLibraries.CbcVersion}");
    }

    [Fact]
    public void A_missing_library_is_reported_with_the_command_that_installs_it()
    {
        var outcome = CbcProbe.Run("libCbcSolver-not-here.so.3", CbcNative.Functions, ClpNative.Library, ClpNative.Functions);

        Assert.Null(outcome.Version);
        Assert.StartsWith("coinor-libcbc3 is not installed: apt-get install coinor-libcbc3", outcome.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_library_without_the_functions_is_reported_as_too_old()
    {
        var outcome = CbcProbe.Run("libm.so.6", CbcNative.Functions, "libm.so.6", []);

        Assert.Contains("lacks Cbc_getVersion", outcome.Why, StringComparison.Ordinal);
        Assert.Contains("2.10 or later is needed", outcome.Why, StringComparison.Ordinal);
    }

    [CbcFact]
    public void A_small_MIP_is_solved_to_its_optimum()
    {
        using var model = CbcModel.Create(SmallMip());

        var solution = model.Solve(SolveLimits.None);

        Assert.Equal(SolverOutcome.Optimal, solution.Outcome);
        Assert.Equal(3, solution.Objective, 9);
        Assert.Equal(3, solution.RowActivities![0], 9);
        Assert.Equal(0, solution.RelativeGap);
    }

    [CbcFact]
    public void Dispose_twice_is_safe_and_a_disposed_model_refuses_to_solve()
    {
        var cbc = CbcModel.Create(SmallMip());
        var clp = ClpModel.Create(SmallMip());

        cbc.Dispose();
        cbc.Dispose();
        clp.Dispose();
        clp.Dispose();

        Assert.Throws<ObjectDisposedException>(() => cbc.Solve(SolveLimits.None));
        Assert.Throws<ObjectDisposedException>(() => clp.Solve(SolveLimits.None));
    }

    [CbcFact]
    public void A_CBC_model_is_solved_once()
    {
        using var model = CbcModel.Create(SmallMip());
        model.Solve(SolveLimits.None);

        var error = Assert.Throws<InvalidOperationException>(() => model.Solve(SolveLimits.None));

        Assert.Contains("cannot be solved twice", error.Message, StringComparison.Ordinal);
    }

    [CbcFact]
    public void Clp_solves_the_LP_relaxation_with_duals()
    {
        using var model = ClpModel.Create(SmallMip());

        var solution = model.Solve(SolveLimits.None);

        Assert.Equal(SolverOutcome.Optimal, solution.Outcome);
        Assert.Equal(3.5, solution.Objective, 9);
        Assert.Equal(1, solution.RowDuals![0], 9);
    }

    [CbcFact]
    public void An_LP_is_sent_to_Clp_rather_than_CBC()
    {
        var error = Assert.Throws<ArgumentException>(() => CbcModel.Create(SmallMip() with { IntegerColumns = null }));

        Assert.Contains("solve it with ClpModel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_problems_are_refused_before_any_native_call()
    {
        Assert.Contains("coefficients must be finite", Assert.Throws<ArgumentException>(() => CbcModel.Create(SmallMip() with { Coefficients = [1, double.NaN] })).Message, StringComparison.Ordinal);
        Assert.Contains("lower bound is above the upper bound", Assert.Throws<ArgumentException>(() => ClpModel.Create(SmallMip() with { ColumnLower = [3, 0] })).Message, StringComparison.Ordinal);
        Assert.Contains("rows are 0 to 0", Assert.Throws<ArgumentException>(() => ClpModel.Create(SmallMip() with { RowIndices = [0, 1] })).Message, StringComparison.Ordinal);
        Assert.Contains("one per columns + 1", Assert.Throws<ArgumentException>(() => ClpModel.Create(SmallMip() with { ColumnStarts = [0, 2] })).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => SolveLimitsCheck(new SolveLimits { RelativeGap = double.NaN }));
    }

    private static void SolveLimitsCheck(SolveLimits limits) => limits.Validate();
}
