using System.Globalization;

namespace Assistant.Optimization;

/// <summary>
/// The largest numbers a plan takes from its users (network files, what-if changes, truck and
/// labor requests), far beyond any parcel network and far below what breaks the solvers (Clp
/// aborts the process on a cost of 1e25, and loses precision long before). A number outside them
/// is a typing mistake or an attack, refused with a message that names it. README: "Limits on numbers".
/// </summary>
public static class PlanningBounds
{
    /// <summary>Money per unit: a lane's or a hub's cost per package, a penalty per package, a wage per hour.</summary>
    public const double MaxCostPerUnit = 1_000_000;

    /// <summary>Money per item: the cost of a truck, of a hire.</summary>
    public const double MaxCostPerItem = 1_000_000;

    /// <summary>Quantities: demand, capacity, volume, trailer capacity, units per hour (packages, or the network's unit).</summary>
    public const double MaxQuantity = 1_000_000_000;

    /// <summary>Multipliers in what-ifs ("demand × 1.2"): above 0 (0 only where it means "none") and at most this.</summary>
    public const double MaxFactor = 1000;

    /// <summary>Counts of people or trucks: headcount, hires a day, trucks a day.</summary>
    public const int MaxCount = 1_000_000;

    /// <summary>Null when <paramref name="value"/> is a finite number in [0, <paramref name="max"/>]; else why not, in words.</summary>
    public static string? Problem(double value, double max) =>
        !double.IsFinite(value) ? $"is {Text(value)}; it must be a finite number"
        : value < 0 ? $"is {Text(value)}; it cannot be negative"
        : value > max ? $"is {Text(value)}; it must be at most {Text(max)}"
        : null;

    /// <summary>Null when <paramref name="factor"/> is finite, above 0 (or 0 when <paramref name="zeroAllowed"/>) and at most <see cref="MaxFactor"/>; else why not.</summary>
    public static string? FactorProblem(double factor, bool zeroAllowed = false) =>
        !double.IsFinite(factor) ? $"is {Text(factor)}; it must be a finite number"
        : factor < 0 || (factor == 0 && !zeroAllowed) ? $"is {Text(factor)}; it must be {(zeroAllowed ? "0 or more" : "above 0")} (1.2 means 20% more)"
        : factor > MaxFactor ? $"is {Text(factor)}; it must be at most {Text(MaxFactor)} (×1000 is +99,900%)"
        : null;

    /// <summary>A number as a message shows it: plain up to a billion (1,000,000), else in exponent form (1E+29).</summary>
    public static string Text(double value) =>
        double.IsFinite(value) && Math.Abs(value) <= MaxQuantity
            ? value.ToString("#,0.######", CultureInfo.InvariantCulture)
            : value.ToString("G4", CultureInfo.InvariantCulture);
}
