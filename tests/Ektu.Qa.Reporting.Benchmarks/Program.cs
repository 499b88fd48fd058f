using System.Diagnostics;
using Ektu.Qa.Reporting.Benchmarks;

// build/bench-reports: each writer runs in a child process of its own, so its peak RSS (VmHWM) is that writer's alone.
var mode = args.FirstOrDefault() ?? "all";
var rows = Arg("--rows", mode == "latency" ? 10_000 : 100_000);
switch (mode)
{
    case "stream":
        XlsxBench.Report("stream", rows, XlsxBench.Streaming(rows));
        break;
    case "closedxml":
        XlsxBench.Report("closedxml", rows, XlsxBench.ClosedXml(rows));
        break;
    case "latency":
        await LatencyBench.RunAsync(rows, Arg("--fires", 3));
        break;
    default:
        var stream = Child("stream", Arg("--rows", 100_000));
        var closed = Child("closedxml", Arg("--rows", 100_000));
        Console.WriteLine($"ratio (ClosedXML / streaming): time {closed.Seconds / stream.Seconds:0.0}x, peak RSS " +
            $"{closed.PeakMb / stream.PeakMb:0.0}x");
        await LatencyBench.RunAsync(Arg("--latency-rows", 10_000), Arg("--fires", 3));
        break;
}

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}

static (double Seconds, double PeakMb) Child(string mode, int rows)
{
    var self = Environment.ProcessPath!;
    var dll = typeof(XlsxBench).Assembly.Location;
    var psi = new ProcessStartInfo(self) { RedirectStandardOutput = true };
    if (!self.EndsWith("Ektu.Qa.Reporting.Benchmarks", StringComparison.Ordinal)) psi.ArgumentList.Add(dll);
    psi.ArgumentList.Add(mode);
    psi.ArgumentList.Add("--rows");
    psi.ArgumentList.Add(rows.ToString(System.Globalization.CultureInfo.InvariantCulture));
    using var p = Process.Start(psi)!;
    var line = p.StandardOutput.ReadToEnd().Trim();
    p.WaitForExit();
    Console.WriteLine(line);
    // "mode rows=N seconds=S peak_rss_mb=M size_mb=Z"
    var kv = line.Split(' ').Skip(1).Select(s => s.Split('=')).ToDictionary(a => a[0], a => a[1]);
    return (double.Parse(kv["seconds"], System.Globalization.CultureInfo.InvariantCulture),
        double.Parse(kv["peak_rss_mb"], System.Globalization.CultureInfo.InvariantCulture));
}
