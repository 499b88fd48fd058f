using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.Identity.OrganizationUnits;

/// <summary>Reads through the integration service and the scope once per request (a scoped service).</summary>
internal sealed class UnitDirectory(IIdentityIntegrationService identity, IOrganizationScope scopes) : IUnitDirectory
{
    private IReadOnlyList<OrganizationUnitDto>? _all;
    private Dictionary<Guid, OrganizationUnitDto>? _units;
    private UnitScope? _scope;

    public async Task<UnitScope> ScopeAsync(CancellationToken ct) => _scope ??= await scopes.GetAsync(ct);

    public async Task<IReadOnlyList<OrganizationUnitDto>> AllAsync(CancellationToken ct) => _all ??= await identity.GetUnitsAsync(ct);

    public async Task<IReadOnlyDictionary<Guid, OrganizationUnitDto>> UnitsAsync(CancellationToken ct) =>
        _units ??= (await AllAsync(ct)).ToDictionary(u => u.Id);

    public async Task<IReadOnlyList<OrganizationUnitDto>> InScopeAsync(CancellationToken ct)
    {
        var scope = await ScopeAsync(ct);
        return (await AllAsync(ct)).Where(u => scope.Contains(u.Id)).ToList();
    }

    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(CancellationToken ct) =>
        (await AllAsync(ct)).ToDictionary(u => u.Id, u => u.Name);

    public async Task<OrganizationUnitDto?> FindAsync(Guid unitId, CancellationToken ct) => (await UnitsAsync(ct)).GetValueOrDefault(unitId);

    public async Task<string> NameAsync(Guid unitId, CancellationToken ct) => (await FindAsync(unitId, ct))?.Name ?? "";

    public async Task<bool> IsVisibleAsync(Guid unitId, CancellationToken ct) => (await ScopeAsync(ct)).Contains(unitId);

    public async Task EnsureVisibleAsync(Guid unitId, string entity, Guid id, CancellationToken ct)
    {
        if (!await IsVisibleAsync(unitId, ct)) throw new EntityNotFoundException(entity, id);
    }

    public async Task<OrganizationUnitDto> EnsureTargetAsync(Guid unitId, string field, CancellationToken ct)
    {
        var u = await FindAsync(unitId, ct);
        if (u == null || !await IsVisibleAsync(unitId, ct)) throw ValidationException.For(field, ErrorCodes.InvalidValue);
        return u;
    }

    public async Task<OrganizationUnitDto?> AncestorAsync(Guid unitId, OrganizationUnitKind kind, CancellationToken ct)
    {
        var units = await UnitsAsync(ct);
        var u = units.GetValueOrDefault(unitId);
        while (u?.ParentId is { } parent)
        {
            u = units.GetValueOrDefault(parent);
            if (u?.Kind == kind) return u;
        }
        return null;
    }

    public async Task<HashSet<Guid>> SubtreeAsync(Guid unitId, CancellationToken ct) => [.. await identity.GetSubtreeAsync(unitId, ct)];

    public async Task<IReadOnlyDictionary<Guid, string>> UserNamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return list.Count == 0
            ? new Dictionary<Guid, string>()
            : (await identity.GetUsersAsync(list, ct)).ToDictionary(u => u.Id, u => u.FullName);
    }
}
