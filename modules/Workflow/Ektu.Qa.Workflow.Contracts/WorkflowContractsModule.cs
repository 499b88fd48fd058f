using Ektu.Qa.Kernel.Modularity;

namespace Ektu.Qa.Workflow;

/// <summary>Names the Workflow module for the modules that reach it through these Contracts (<c>[DependsOn]</c>).</summary>
public sealed class WorkflowContractsModule : IQaModuleContracts
{
    public static string ModuleName => "Workflow";
}
