using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Ektu.Qa.Kernel.Security;

/// <summary>
/// The principal of the HTTP request, or one set explicitly for a job, a workflow step or a test
/// (<see cref="Use"/>); permission answers are cached for the scope.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor http, IPermissionChecker checker) : ICurrentUser
{
    private ClaimsPrincipal? _override;
    private readonly Dictionary<string, bool> _cache = [];

    public ClaimsPrincipal Principal => _override ?? http.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public Guid? Id => Guid.TryParse(Principal.FindFirstValue(QaClaimTypes.UserId), out var id) ? id : null;

    public string? UserName => Principal.Identity?.Name;

    /// <summary>Acts as <paramref name="principal"/> for the rest of this scope.</summary>
    public void Use(ClaimsPrincipal principal)
    {
        _override = principal;
        _cache.Clear();
    }

    public async Task<bool> HasPermissionAsync(string permission)
    {
        if (!IsAuthenticated) return false;
        if (_cache.TryGetValue(permission, out var granted)) return granted;
        return _cache[permission] = await checker.IsGrantedAsync(Principal, permission);
    }

    /// <summary>A principal for a known user id (jobs run as their owner).</summary>
    public static ClaimsPrincipal For(Guid userId, string userName) =>
        new(new ClaimsIdentity([new Claim(QaClaimTypes.UserId, userId.ToString()), new Claim(ClaimTypes.Name, userName)], "qa-internal"));
}
