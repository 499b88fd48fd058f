using System.Diagnostics;

namespace Ektu.Qa.Host.Tests;

/// <summary>The command-line tools some tests drive: npm's in host/Ektu.Qa.Host/node_modules and the repository's dotnet tools.</summary>
internal static class Tools
{
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Ektu.Qa.sln"))) dir = dir.Parent;
            return dir!.FullName;
        }
    }

    /// <summary>A binary that npm ci installed for the host (the build runs npm ci).</summary>
    public static string NodeBin(string name)
    {
        var path = Path.Combine(RepositoryRoot, "host", "Ektu.Qa.Host", "node_modules", ".bin", name);
        File.Exists(path).ShouldBeTrue($"{path} is missing: run npm ci in host/Ektu.Qa.Host");
        return path;
    }

    /// <summary>Runs a process to its end (at most five minutes) and returns its exit code and both outputs.</summary>
    public static async Task<(int Code, string Output)> RunAsync(string fileName, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? RepositoryRoot,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["KIOTA_TUTORIAL_ENABLED"] = "false";
        start.Environment["KIOTA_OFFLINE_ENABLED"] = "true";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(cts.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
