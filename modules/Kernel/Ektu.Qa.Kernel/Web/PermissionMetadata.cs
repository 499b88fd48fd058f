namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// The permission an endpoint's app service checks, for the API document only. It does not authorize: the app service
/// does (workflows and other modules call it too), so an endpoint policy would check twice and could disagree.
/// </summary>
public sealed class PermissionMetadata(string permission)
{
    public string Permission { get; } = permission;
}
