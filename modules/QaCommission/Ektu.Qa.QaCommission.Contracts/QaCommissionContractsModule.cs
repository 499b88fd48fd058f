using Ektu.Qa.Kernel.Modularity;

namespace Ektu.Qa.QaCommission;

/// <summary>Names the QaCommission module for the modules that reach it through these Contracts (<c>[DependsOn]</c>).</summary>
public sealed class QaCommissionContractsModule : IQaModuleContracts
{
    public static string ModuleName => "QaCommission";
}
