using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.InformationManagement.Permissions;

/// <summary>Defines the InformationManagement permissions for the role editor and the policies.</summary>
public sealed class InformationManagementPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup(InformationManagementPermissions.GroupName).Add(
            InformationManagementPermissions.Surveys.Default,
            InformationManagementPermissions.Surveys.Manage,
            InformationManagementPermissions.Surveys.Respond,
            InformationManagementPermissions.Audits.Default,
            InformationManagementPermissions.Audits.Manage,
            InformationManagementPermissions.Systems.Default,
            InformationManagementPermissions.Systems.Manage,
            InformationManagementPermissions.Indicators.Default,
            InformationManagementPermissions.Indicators.Manage,
            InformationManagementPermissions.Indicators.Push,
            InformationManagementPermissions.Swot.Default,
            InformationManagementPermissions.Swot.Manage,
            InformationManagementPermissions.Collegial.Default,
            InformationManagementPermissions.Collegial.Manage);
}
