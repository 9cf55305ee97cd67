namespace Assistant.Native.Cbc;

/// <summary>
/// Lets one <c>Cbc_solve</c> run at a time in the process. CBC 2.10's <c>Cbc_solve</c> runs
/// branch and cut through <c>CbcMain1</c>, the command-line driver, which reads its arguments
/// through process-wide globals (<c>CbcOrClpRead_mode</c> and friends, exported by the library).
/// Two solves at once interleave their argument reading: seen here as ignored "log 0" settings,
/// solves run twice, and 60 wrong optima out of 320 small knapsacks solved on 8 threads (0 wrong
/// with this gate). Models are still built, read and released in parallel; Clp's LP solves do not
/// pass through here at all. A semaphore rather than a lock, so that a queued caller can give up
/// when its token is cancelled or its time limit runs out while it waits.
/// </summary>
internal static class BranchAndCutGate
{
    // Static on purpose: the state it protects is the library's, which is process-wide.
    private static readonly SemaphoreSlim Turn = new(1, 1);

    /// <summary>Waits for the turn; false when <paramref name="timeout"/> passes first. Throws when cancelled.</summary>
    public static bool Enter(TimeSpan timeout, CancellationToken cancellation) => Turn.Wait(timeout, cancellation);

    public static void Leave() => Turn.Release();
}
