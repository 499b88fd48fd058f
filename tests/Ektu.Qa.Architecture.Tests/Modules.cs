using System.Reflection;
using Ektu.Qa.TestKit;
using Ektu.Qa.Kernel;
using Ektu.Qa.Kernel.Modularity;

namespace Ektu.Qa.Architecture.Tests;

/// <summary>The modules the host plugs in, as the tests see them.</summary>
internal static class Modules
{
    public static readonly IQaModule[] All = [new KernelModule(), .. TestModules.All()];

    public static readonly IQaModule[] Business = All.Where(m => m is not KernelModule).ToArray();

    public static Assembly Implementation(IQaModule m) => m.GetType().Assembly;

    public static Assembly Contracts(IQaModule m) => Assembly.Load($"Ektu.Qa.{m.Name}.Contracts");

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Ektu.Qa.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Repository root not found");
        }
    }
}
