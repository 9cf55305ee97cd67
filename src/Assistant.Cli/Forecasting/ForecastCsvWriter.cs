using Assistant.Core.Csv;
using Assistant.Forecasting.Batch;

namespace Assistant.Cli.Forecasting;

/// <summary>
/// Writes forecasts as a long CSV, series_id,timestamp,forecast,lo80,hi80,lo95,hi95, one row per
/// series and period ahead, numbers in the invariant culture rounded to one decimal place more
/// than the series' input carries (<see cref="ForecastPrecision"/>), and timestamps continuing the
/// series' spacing in its own layout.
/// </summary>
public sealed class ForecastCsvWriter(TextWriter writer, SeriesFrequency frequency)
{
    public const string Header = "series_id,timestamp,forecast,lo80,hi80,lo95,hi95";

    public int Rows { get; private set; }

    public void WriteHeader() => writer.WriteLine(Header);

    public void Write(InputSeries series, BatchForecastResult result)
    {
        var id = CsvLine.Quote(series.Id);
        var f = result.Forecast;
        var decimals = ForecastPrecision.Written(series.DecimalPlaces);
        for (var h = 0; h < f.Horizon; h++)
        {
            var ticks = series.LastTicks + (h + 1) * frequency.Step.Ticks;
            writer.Write(id);
            writer.Write(',');
            writer.Write(TimestampText.Format(ticks, series.LastOffset, series.Format));
            foreach (var number in (ReadOnlySpan<double>)[f.Mean[h], f.Lower80[h], f.Upper80[h], f.Lower95[h], f.Upper95[h]])
            {
                writer.Write(',');
                writer.Write(ForecastPrecision.Format(number, decimals));
            }

            writer.WriteLine();
            Rows++;
        }
    }
}
