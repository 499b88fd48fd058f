using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.ExternalAccreditation.Permissions;

/// <summary>Defines the ExternalAccreditation permissions for the role editor and the policies.</summary>
public sealed class ExternalAccreditationPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup(ExternalAccreditationPermissions.GroupName).Add(
            ExternalAccreditationPermissions.Accreditations.Default,
            ExternalAccreditationPermissions.Accreditations.Manage,
            ExternalAccreditationPermissions.Agencies.Manage,
            ExternalAccreditationPermissions.Readiness.Default,
            ExternalAccreditationPermissions.Readiness.Manage,
            ExternalAccreditationPermissions.Certifications.Default,
            ExternalAccreditationPermissions.Certifications.Manage,
            ExternalAccreditationPermissions.Assessments.Default,
            ExternalAccreditationPermissions.Assessments.Manage,
            ExternalAccreditationPermissions.Rankings.Default,
            ExternalAccreditationPermissions.Rankings.Manage);
}
