using Assistant.Cli.Forecasting;

namespace Assistant.Cli.Tests;

/// <summary>The rule for how many decimals a forecast is written with: one more than its input carries.</summary>
public sealed class ForecastPrecisionTests
{
    [Theory]
    [InlineData("1234", 0)]
    [InlineData("12.5", 1)]
    [InlineData("12.50", 2)]
    [InlineData("-0.125", 3)]
    [InlineData("1.25e-1", 3)]
    [InlineData("1.5E3", 0)]
    [InlineData("2e-2", 2)]
    [InlineData(" 7.0 ", 1)]
    public void The_decimals_a_value_carries_are_counted_as_written(string value, int carried) =>
        Assert.Equal(carried, ForecastPrecision.Carried(value));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(2, 3)]
    [InlineData(6, 7)]
    [InlineData(15, 7)]
    public void Forecasts_get_one_decimal_more_than_the_input_up_to_seven(int carried, int written) =>
        Assert.Equal(written, ForecastPrecision.Written(carried));

    [Theory]
    [InlineData(1234.49871633029, 1, "1234.5")]
    [InlineData(1234.0000001, 1, "1234")]
    [InlineData(0.4166666666, 1, "0.4")]
    [InlineData(-0.04, 1, "0")]
    [InlineData(2.25, 1, "2.3")]
    [InlineData(99.123456789, 3, "99.123")]
    public void A_number_is_written_rounded_in_its_shortest_form(double value, int decimals, string written) =>
        Assert.Equal(written, ForecastPrecision.Format(value, decimals));
}
