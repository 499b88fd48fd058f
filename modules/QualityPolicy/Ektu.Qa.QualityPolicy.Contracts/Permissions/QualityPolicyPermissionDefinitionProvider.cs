using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.QualityPolicy.Permissions;

/// <summary>Defines the QualityPolicy permissions for the role editor and the policies.</summary>
public sealed class QualityPolicyPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup(QualityPolicyPermissions.GroupName).Add(
            QualityPolicyPermissions.Documents.Default,
            QualityPolicyPermissions.Documents.Manage,
            QualityPolicyPermissions.Documents.Approve,
            QualityPolicyPermissions.Documents.Acknowledge,
            QualityPolicyPermissions.Acknowledgements.Default,
            QualityPolicyPermissions.Standards.Default,
            QualityPolicyPermissions.Standards.Manage,
            QualityPolicyPermissions.Kpis.Default,
            QualityPolicyPermissions.Kpis.Manage,
            QualityPolicyPermissions.Holidays.Default,
            QualityPolicyPermissions.Holidays.Manage);
}
