using Ektu.Qa.Kernel.Modularity;

namespace Ektu.Qa.Improvement;

/// <summary>Names the Improvement module for the modules that reach it through these Contracts (<c>[DependsOn]</c>).</summary>
public sealed class ImprovementContractsModule : IQaModuleContracts
{
    public static string ModuleName => "Improvement";
}
