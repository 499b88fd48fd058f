using Microsoft.AspNetCore.Authorization;

namespace Ektu.Qa.Kernel.Security;

internal sealed class PermissionAuthorizationHandler(IPermissionChecker checker) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true && await checker.IsGrantedAsync(context.User, requirement.Permission))
            context.Succeed(requirement);
    }
}
