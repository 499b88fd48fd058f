using System.Security.Claims;

namespace Ektu.Qa.Kernel.Security;

/// <summary>Answers whether a principal holds a permission (implemented by the Identity module from role grants).</summary>
public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(ClaimsPrincipal user, string permission);
}
