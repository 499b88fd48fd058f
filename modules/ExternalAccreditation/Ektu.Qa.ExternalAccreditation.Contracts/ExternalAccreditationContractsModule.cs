using Ektu.Qa.Kernel.Modularity;

namespace Ektu.Qa.ExternalAccreditation;

/// <summary>Names the ExternalAccreditation module for the modules that reach it through these Contracts (<c>[DependsOn]</c>).</summary>
public sealed class ExternalAccreditationContractsModule : IQaModuleContracts
{
    public static string ModuleName => "ExternalAccreditation";
}
