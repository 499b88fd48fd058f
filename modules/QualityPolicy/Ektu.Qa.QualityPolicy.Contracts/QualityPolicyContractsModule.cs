using Ektu.Qa.Kernel.Modularity;

namespace Ektu.Qa.QualityPolicy;

/// <summary>Names the QualityPolicy module for the modules that reach it through these Contracts (<c>[DependsOn]</c>).</summary>
public sealed class QualityPolicyContractsModule : IQaModuleContracts
{
    public static string ModuleName => "QualityPolicy";
}
