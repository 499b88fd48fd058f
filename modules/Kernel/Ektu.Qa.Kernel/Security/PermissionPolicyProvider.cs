using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Ektu.Qa.Kernel.Security;

/// <summary>Every defined permission name is a policy: <c>[Authorize("QualityPolicy.Documents.Create")]</c>.</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, PermissionDefinitionManager permissions)
    : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        var policy = await base.GetPolicyAsync(policyName);
        if (policy != null || !permissions.IsDefined(policyName)) return policy;
        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName))
            .Build();
    }
}
