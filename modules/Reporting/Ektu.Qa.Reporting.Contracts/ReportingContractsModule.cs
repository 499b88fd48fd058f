using Ektu.Qa.Kernel.Modularity;

namespace Ektu.Qa.Reporting;

/// <summary>Names the Reporting module for the modules that reach it through these Contracts (<c>[DependsOn]</c>).</summary>
public sealed class ReportingContractsModule : IQaModuleContracts
{
    public static string ModuleName => "Reporting";
}
