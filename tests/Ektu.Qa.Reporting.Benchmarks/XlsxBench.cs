using System.Diagnostics;
using System.Globalization;
using ClosedXML.Excel;
using Ektu.Qa.Kernel.Export;

namespace Ektu.Qa.Reporting.Benchmarks;

/// <summary>100,000 rows × 10 mixed columns (text, integers, decimals, dates, date-times, booleans) to an .xlsx file.</summary>
internal static class XlsxBench
{
    private static readonly string[] Headers = ["№", "Атауы", "Бөлімше", "Күні", "Уақыты", "Балл", "Саны", "Пайыз", "Белсенді", "Ескерту"];

    public static object?[] Row(int i) =>
    [
        i, "Құжат " + i, "Бөлімше " + (i % 37), new DateTime(2026, 1, 1).AddDays(i % 365), new DateTime(2026, 1, 1, 8, 0, 0).AddMinutes(i),
        (i % 1000) / 10m, i % 97, (i % 100) / 100.0, i % 2 == 0, i % 5 == 0 ? "Ескерту мәтіні " + i : null,
    ];

    public static IEnumerable<object?[]> Rows(int n)
    {
        for (var i = 1; i <= n; i++) yield return Row(i);
    }

    public static (TimeSpan Elapsed, long Bytes) Streaming(int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bench-stream-{Guid.NewGuid():N}.xlsx");
        var watch = Stopwatch.StartNew();
        using (var fs = File.Create(path))
        {
            var columns = Headers.Select((h, i) => new ExcelColumn<object?[]>(h, r => r[i])).ToList();
            ExcelWriter.Write(fs, "Есеп", columns, Rows(rows));
        }
        watch.Stop();
        return Done(path, watch.Elapsed);
    }

    public static (TimeSpan Elapsed, long Bytes) ClosedXml(int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bench-closedxml-{Guid.NewGuid():N}.xlsx");
        var watch = Stopwatch.StartNew();
        using (var wb = new XLWorkbook())
        {
            var ws = wb.Worksheets.Add("Есеп");
            for (var c = 0; c < Headers.Length; c++)
            {
                ws.Cell(1, c + 1).Value = Headers[c];
                ws.Cell(1, c + 1).Style.Font.Bold = true;
                // Widths set, as the streaming writer does: AdjustToContents (working since 0.10x) would measure 100,000 rows.
                ws.Column(c + 1).Width = 16;
            }
            var r = 2;
            foreach (var row in Rows(rows))
            {
                for (var c = 0; c < row.Length; c++)
                {
                    var cell = ws.Cell(r, c + 1);
                    switch (row[c])
                    {
                        case null: break;
                        case DateTime d:
                            cell.Value = d;
                            cell.Style.DateFormat.Format = d.TimeOfDay == TimeSpan.Zero ? "dd.mm.yyyy" : "dd.mm.yyyy hh:mm";
                            break;
                        case string s: cell.Value = s; break;
                        case bool b: cell.Value = b; break;
                        default: cell.Value = Convert.ToDouble(row[c], CultureInfo.InvariantCulture); break;
                    }
                }
                r++;
            }
            ws.SheetView.FreezeRows(1);
            wb.SaveAs(path);
        }
        watch.Stop();
        return Done(path, watch.Elapsed);
    }

    public static void Report(string mode, int rows, (TimeSpan Elapsed, long Bytes) result) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{mode} rows={rows} seconds={result.Elapsed.TotalSeconds:0.00} peak_rss_mb={PeakRssMb():0} size_mb={result.Bytes / 1048576.0:0.0}"));

    private static (TimeSpan, long) Done(string path, TimeSpan elapsed)
    {
        var size = new FileInfo(path).Length;
        File.Delete(path);
        return (elapsed, size);
    }

    /// <summary>VmHWM: the peak resident set of this process.</summary>
    private static double PeakRssMb()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }
}
