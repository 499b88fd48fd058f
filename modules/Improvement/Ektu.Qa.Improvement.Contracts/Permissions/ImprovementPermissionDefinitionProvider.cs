using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.Improvement.Permissions;

/// <summary>Defines the Improvement permissions for the role editor and the policies.</summary>
public sealed class ImprovementPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup(ImprovementPermissions.GroupName).Add(
            ImprovementPermissions.Capa.Default,
            ImprovementPermissions.Capa.Manage,
            ImprovementPermissions.Appeals.Default,
            ImprovementPermissions.Appeals.Submit,
            ImprovementPermissions.Appeals.Handle);
}
