using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.Workflow.Permissions;

/// <summary>Defines the Workflow permissions for the role editor and the policies.</summary>
public sealed class WorkflowPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup(WorkflowPermissions.GroupName).Add(
            WorkflowPermissions.Definitions.Default,
            WorkflowPermissions.Definitions.Manage,
            WorkflowPermissions.Instances.Default,
            WorkflowPermissions.Instances.Start,
            WorkflowPermissions.Instances.Manage,
            WorkflowPermissions.Tasks.Default,
            WorkflowPermissions.Tasks.Manage);
}
