using Ektu.Qa.Kernel.Modularity;

namespace Ektu.Qa.Identity;

/// <summary>Names the Identity module for the modules that reach it through these Contracts (<c>[DependsOn]</c>).</summary>
public sealed class IdentityContractsModule : IQaModuleContracts
{
    public static string ModuleName => "Identity";
}
