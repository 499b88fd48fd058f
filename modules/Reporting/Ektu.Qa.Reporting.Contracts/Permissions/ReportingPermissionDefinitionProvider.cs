using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.Reporting.Permissions;

/// <summary>Defines the Reporting permissions for the role editor and the policies.</summary>
public sealed class ReportingPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup(ReportingPermissions.GroupName).Add(
            ReportingPermissions.Reports.Default,
            ReportingPermissions.Reports.Run,
            ReportingPermissions.Schedules.Default,
            ReportingPermissions.Schedules.Manage,
            ReportingPermissions.Archive.Default,
            ReportingPermissions.Archive.Download);
}
