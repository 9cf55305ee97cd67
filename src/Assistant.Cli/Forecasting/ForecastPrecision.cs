using System.Globalization;

namespace Assistant.Cli.Forecasting;

/// <summary>
/// How many decimal places a series' forecasts are written with: one more than its values carry
/// (the most any of its values has, counted up to <see cref="MostCarried"/>), so daily package
/// counts give 1234.5 rather than 1234.49871633029, and a quiet series averaging 0.4 a day is not
/// written as 0. Past six places the input is machine noise rather than measurement.
/// </summary>
public static class ForecastPrecision
{
    public const int MostCarried = 6;

    /// <summary>Decimal places written for a series whose values carry <paramref name="carried"/>.</summary>
    public static int Written(int carried) => Math.Clamp(carried, 0, MostCarried) + 1;

    /// <summary>
    /// The decimal places a number as written in the input carries: "12" 0, "12.50" 2 (a trailing
    /// zero is a measured digit), "1.25e-1" 3, "1.5e3" 0.
    /// </summary>
    public static int Carried(string number)
    {
        var text = number.AsSpan().Trim();
        var exponentAt = text.IndexOfAny('e', 'E');
        var exponent = 0;
        if (exponentAt >= 0)
        {
            // A bad exponent cannot reach here (the value parsed); 0 keeps this total anyway.
            _ = int.TryParse(text[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent);
            text = text[..exponentAt];
        }

        var point = text.IndexOf('.');
        var fraction = point < 0 ? 0 : text.Length - point - 1;
        return Math.Max(0, fraction - exponent);
    }

    /// <summary>The number rounded to <paramref name="decimals"/> places, in its shortest invariant form ("1234.5", "7", never "-0").</summary>
    public static string Format(double value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        // Adding zero turns -0 (a small negative rounded away) into 0.
        return (rounded + 0.0).ToString(CultureInfo.InvariantCulture);
    }
}
