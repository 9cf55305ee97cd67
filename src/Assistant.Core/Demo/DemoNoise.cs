namespace Assistant.Core.Demo;

/// <summary>
/// Noise that is a pure function of (seed, stream, day): the value for SEA4 on a given day is the
/// same whichever day the demo is generated on, and no state is shared between calls.
/// </summary>
internal readonly struct DemoNoise(ulong seed)
{
    public double Uniform(int stream, int day, int draw = 0)
    {
        var x = Mix(seed ^ Mix((ulong)(uint)stream * 0x9E3779B97F4A7C15UL) ^ Mix(((ulong)(uint)day << 8) | (uint)draw));
        return (x >> 11) * (1.0 / (1UL << 53));
    }

    public double Normal(int stream, int day, int draw = 0)
    {
        var u1 = Math.Max(Uniform(stream, day, 2 * draw), 1e-12);
        var u2 = Uniform(stream, day, 2 * draw + 1);
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Poisson draw by inversion; fine for the small means of defect counts.</summary>
    public int Poisson(int stream, int day, double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        var u = Uniform(stream, day, 7);
        var p = Math.Exp(-mean);
        var cumulative = p;
        var k = 0;
        while (u > cumulative && k < 1000)
        {
            k++;
            p *= mean / k;
            cumulative += p;
        }

        return k;
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
