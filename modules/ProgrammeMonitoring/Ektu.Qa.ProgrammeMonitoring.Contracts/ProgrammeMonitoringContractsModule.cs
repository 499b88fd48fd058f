using Ektu.Qa.Kernel.Modularity;

namespace Ektu.Qa.ProgrammeMonitoring;

/// <summary>Names the ProgrammeMonitoring module for the modules that reach it through these Contracts (<c>[DependsOn]</c>).</summary>
public sealed class ProgrammeMonitoringContractsModule : IQaModuleContracts
{
    public static string ModuleName => ProgrammeMonitoringConsts.ModuleName;
}
