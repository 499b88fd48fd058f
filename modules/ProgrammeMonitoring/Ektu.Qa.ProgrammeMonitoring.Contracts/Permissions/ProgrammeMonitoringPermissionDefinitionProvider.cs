using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.ProgrammeMonitoring.Permissions;

/// <summary>Defines the ProgrammeMonitoring permissions for the role editor and the policies.</summary>
public sealed class ProgrammeMonitoringPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup(ProgrammeMonitoringPermissions.GroupName).Add(
            ProgrammeMonitoringPermissions.Programmes.Default,
            ProgrammeMonitoringPermissions.Programmes.Manage,
            ProgrammeMonitoringPermissions.Programmes.Approve,
            ProgrammeMonitoringPermissions.Monitoring.Manage);
}
