using Ektu.Qa.Kernel.Modularity;

namespace Ektu.Qa.InformationManagement;

/// <summary>Names the InformationManagement module for the modules that reach it through these Contracts (<c>[DependsOn]</c>).</summary>
public sealed class InformationManagementContractsModule : IQaModuleContracts
{
    public static string ModuleName => "InformationManagement";
}
