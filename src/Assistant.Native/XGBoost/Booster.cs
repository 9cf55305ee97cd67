using System.Globalization;

namespace Assistant.Native.XGBoost;

/// <summary>
/// One XGBoost booster, call by call, each result checked. Not thread-safe: the booster's output
/// buffers are shared per thread and its configuration is mutable, so the owner serializes calls.
/// </summary>
internal sealed unsafe class Booster : IDisposable
{
    private readonly BoosterHandle handle;

    private Booster(BoosterHandle handle) => this.handle = handle;

    /// <summary>
    /// A new, empty booster. <paramref name="training"/>, when given, is registered as the
    /// training matrix so that XGBoost caches its predictions between rounds (as the C API's
    /// documentation intends); the booster does not keep it alive.
    /// </summary>
    public static Booster Create(DMatrixHandle? training)
    {
        int result;
        BoosterHandle handle;
        if (training is null)
        {
            result = XGBoostNative.XGBoosterCreate(null, 0, out handle);
        }
        else
        {
            var added = false;
            try
            {
                // A raw handle array cannot be marshalled from SafeHandles: hold a reference by hand.
                training.DangerousAddRef(ref added);
                var raw = training.DangerousGetHandle();
                result = XGBoostNative.XGBoosterCreate(&raw, 1, out handle);
            }
            finally
            {
                if (added)
                {
                    training.DangerousRelease();
                }
            }
        }

        if (result != 0)
        {
            handle.Dispose();
            XGBoostResult.Check(result, nameof(XGBoostNative.XGBoosterCreate));
        }

        return new Booster(handle);
    }

    public void SetParameter(string name, string value)
    {
        var result = XGBoostNative.XGBoosterSetParam(handle, name, value);
        if (result != 0)
        {
            // Say which parameter: XGBoost's own text does not always name it.
            XGBoostResult.Check(result, string.Create(CultureInfo.InvariantCulture, $"{nameof(XGBoostNative.XGBoosterSetParam)}({name}={value})"));
        }
    }

    public void UpdateOneIteration(int iteration, DMatrixHandle training) =>
        XGBoostResult.Check(
            XGBoostNative.XGBoosterUpdateOneIter(handle, iteration, training),
            nameof(XGBoostNative.XGBoosterUpdateOneIter));

    /// <summary>Plain predictions (option mask 0: no margins, all trees, not in training).</summary>
    public float[] Predict(DMatrixHandle matrix)
    {
        XGBoostResult.Check(
            XGBoostNative.XGBoosterPredict(handle, matrix, optionMask: 0, treeLimit: 0, training: 0, out ulong length, out float* result),
            nameof(XGBoostNative.XGBoosterPredict));
        return new ReadOnlySpan<float>(result, checked((int)length)).ToArray();
    }

    /// <summary>
    /// The model (trees, objective, base score; not training-only settings such as nthread) in
    /// Universal Binary JSON: floats are stored as their bits, so a reload predicts identically.
    /// </summary>
    public byte[] Save()
    {
        XGBoostResult.Check(
            XGBoostNative.XGBoosterSaveModelToBuffer(handle, """{"format": "ubj"}""", out ulong length, out byte* data),
            nameof(XGBoostNative.XGBoosterSaveModelToBuffer));
        return new ReadOnlySpan<byte>(data, checked((int)length)).ToArray();
    }

    /// <summary>Replaces the model with one saved by <see cref="Save"/> (JSON and the old binary format load too).</summary>
    public void Load(ReadOnlySpan<byte> model)
    {
        fixed (byte* data = model)
        {
            XGBoostResult.Check(
                XGBoostNative.XGBoosterLoadModelFromBuffer(handle, data, (ulong)model.Length),
                nameof(XGBoostNative.XGBoosterLoadModelFromBuffer));
        }
    }

    public int FeatureCount
    {
        get
        {
            XGBoostResult.Check(
                XGBoostNative.XGBoosterGetNumFeature(handle, out ulong features),
                nameof(XGBoostNative.XGBoosterGetNumFeature));
            return checked((int)features);
        }
    }

    public int BoostedRounds
    {
        get
        {
            XGBoostResult.Check(
                XGBoostNative.XGBoosterBoostedRounds(handle, out int rounds),
                nameof(XGBoostNative.XGBoosterBoostedRounds));
            return rounds;
        }
    }

    public void Dispose() => handle.Dispose();
}
