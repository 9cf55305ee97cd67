namespace Assistant.Native;

/// <summary>When a solve may stop before proving optimality.</summary>
public sealed record SolveLimits
{
    public static SolveLimits None { get; } = new();

    /// <summary>Wall-clock limit, counted from the call to Solve (waiting for CBC's turn included); null for none.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>
    /// CBC's <c>ratioGap</c>: stop once |incumbent − bound| ≤ gap × |incumbent|. 0 asks for proof of
    /// optimality. Ignored for LPs.
    /// </summary>
    public double RelativeGap { get; init; }

    internal void Validate()
    {
        if (TimeLimit is { } limit && limit <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(TimeLimit), limit, "TimeLimit must be positive (or null for none).");
        }

        if (!(RelativeGap >= 0) || double.IsInfinity(RelativeGap))
        {
            throw new ArgumentOutOfRangeException(nameof(RelativeGap), RelativeGap, "RelativeGap must be a finite number, 0 or more.");
        }
    }
}
