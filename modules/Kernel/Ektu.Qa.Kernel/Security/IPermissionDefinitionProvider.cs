namespace Ektu.Qa.Kernel.Security;

/// <summary>A module's list of its permissions.</summary>
public interface IPermissionDefinitionProvider
{
    void Define(PermissionDefinitionContext context);
}
