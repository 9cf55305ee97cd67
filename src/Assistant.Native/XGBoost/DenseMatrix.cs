namespace Assistant.Native.XGBoost;

/// <summary>Builds XGBoost DMatrix objects from row-major float buffers.</summary>
internal static unsafe class DenseMatrix
{
    /// <summary>
    /// Copies <paramref name="values"/> (row-major, rows × columns) into a new DMatrix. NaN marks
    /// a missing value, as everywhere in this project. XGBoost copies the data, so the buffer is
    /// pinned only for the call.
    /// </summary>
    public static DMatrixHandle Create(ReadOnlySpan<float> values, int rows, int columns)
    {
        int result;
        DMatrixHandle matrix;
        fixed (float* data = values)
        {
            result = XGBoostNative.XGDMatrixCreateFromMat(data, (ulong)rows, (ulong)columns, float.NaN, out matrix);
        }

        if (result != 0)
        {
            // Disposing an invalid handle makes no native call, so the error text survives.
            matrix.Dispose();
            XGBoostResult.Check(result, nameof(XGBoostNative.XGDMatrixCreateFromMat));
        }

        return matrix;
    }

    /// <summary>Sets a per-row float field: "label" or "weight". XGBoost copies the values.</summary>
    public static void SetField(DMatrixHandle matrix, string field, ReadOnlySpan<float> values)
    {
        fixed (float* data = values)
        {
            XGBoostResult.Check(
                XGBoostNative.XGDMatrixSetFloatInfo(matrix, field, data, (ulong)values.Length),
                nameof(XGBoostNative.XGDMatrixSetFloatInfo));
        }
    }
}
