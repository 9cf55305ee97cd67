using System.Runtime.InteropServices;

namespace Assistant.Native.Cbc;

/// <summary>
/// Stops a running branch and cut when a <see cref="CancellationToken"/> is cancelled. CBC 2.10's
/// C interface has no stop function and no event handler: its message callback cannot return a
/// verdict, and the SIGINT handler CbcMain1 installs stops whichever model started last. What it
/// does have is a cut callback, called at every node of the tree, that may add cuts. Once the
/// token is cancelled the callback adds a cut no point satisfies (a column pushed past its own
/// bound), so that every open node is infeasible and the search ends within a node or two. CBC
/// then reports its usual "finished" status, so the caller must look at <see cref="Fired"/>, not
/// at CBC, to know the run was cancelled. Work outside the tree (preprocessing, the root heuristics)
/// calls no cut generator; the time limit bounds those stretches.
/// </summary>
internal sealed unsafe class CancellationCut : IDisposable
{
    private readonly CancellationToken token;
    private GCHandle self;
    private int fired;

    public CancellationCut(CancellationToken token)
    {
        this.token = token;
        self = GCHandle.Alloc(this);
    }

    /// <summary>True once the cut was added: the search was cut short and its "optimal" means nothing.</summary>
    public bool Fired => Volatile.Read(ref fired) == 1;

    /// <summary>The pointer CBC hands back to <see cref="OnNode"/> as its application data.</summary>
    public nint Cookie => GCHandle.ToIntPtr(self);

    public static delegate* unmanaged<nint, nint, nint, void> Callback => &OnNode;

    // Called by CBC on the solving thread (the platform's C convention). No exception may cross back into C++.
    [UnmanagedCallersOnly]
    private static void OnNode(nint solver, nint cuts, nint cookie)
    {
        try
        {
            if (GCHandle.FromIntPtr(cookie).Target is CancellationCut cut && cut.token.IsCancellationRequested)
            {
                AddImpossibleCut(solver, cuts);
                Volatile.Write(ref cut.fired, 1);
            }
        }
        catch (Exception)
        {
            // Nothing sensible can be done on CBC's stack; the time limit still ends the solve.
        }
    }

    private static void AddImpossibleCut(nint solver, nint cuts)
    {
        int columns = CbcNative.Osi_getNumCols(solver);
        double* lower = CbcNative.Osi_getColLower(solver);
        double* upper = CbcNative.Osi_getColUpper(solver);
        double one = 1.0;
        if (columns == 0)
        {
            return;
        }

        for (int column = 0; column < columns; column++)
        {
            // x >= upper + 1 (or x <= lower - 1) is violated by the node's LP solution, so CBC
            // cannot drop it as slack, and it makes the node infeasible outright.
            if (upper[column] < 1e20)
            {
                CbcNative.OsiCuts_addRowCut(cuts, 1, &column, &one, (byte)'G', upper[column] + 1);
                return;
            }

            if (lower[column] > -1e20)
            {
                CbcNative.OsiCuts_addRowCut(cuts, 1, &column, &one, (byte)'L', lower[column] - 1);
                return;
            }
        }

        // Every column is free: the pair x0 >= 1, x0 <= 0 has no solution either.
        int first = 0;
        CbcNative.OsiCuts_addRowCut(cuts, 1, &first, &one, (byte)'G', 1);
        CbcNative.OsiCuts_addRowCut(cuts, 1, &first, &one, (byte)'L', 0);
    }

    public void Dispose()
    {
        if (self.IsAllocated)
        {
            self.Free();
        }
    }
}
