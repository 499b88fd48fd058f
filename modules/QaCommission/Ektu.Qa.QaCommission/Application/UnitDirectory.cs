using Ektu.Qa.Identity;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.QaCommission.Application;

/// <summary>
/// Units, the caller's unit scope and user names for the peer review, readiness and documents features, read once
/// per request. A record of a unit outside the scope answers 404, like an unknown id.
/// </summary>
internal sealed class UnitDirectory(IIdentityIntegrationService identity, IOrganizationScope scopes)
{
    private Dictionary<Guid, OrganizationUnitDto>? _units;
    private UnitScope? _scope;

    public async Task<UnitScope> ScopeAsync(CancellationToken ct) => _scope ??= await scopes.GetAsync(ct);

    public async Task<IReadOnlyDictionary<Guid, OrganizationUnitDto>> UnitsAsync(CancellationToken ct) =>
        _units ??= (await identity.GetUnitsAsync(ct)).ToDictionary(u => u.Id);

    public async Task<OrganizationUnitDto?> FindAsync(Guid unitId, CancellationToken ct) =>
        (await UnitsAsync(ct)).GetValueOrDefault(unitId);

    public async Task<bool> IsVisibleAsync(Guid unitId, CancellationToken ct) => (await ScopeAsync(ct)).Contains(unitId);

    /// <summary>The record's unit must be in scope; otherwise the record does not exist for the caller.</summary>
    public async Task EnsureVisibleAsync(Guid unitId, string entity, Guid id, CancellationToken ct)
    {
        if (!await IsVisibleAsync(unitId, ct)) throw new EntityNotFoundException(entity, id);
    }

    /// <summary>A unit chosen for a new record: it must exist and be in the caller's scope (a validation error otherwise).</summary>
    public async Task<OrganizationUnitDto> EnsureTargetAsync(Guid unitId, string field, CancellationToken ct)
    {
        var u = await FindAsync(unitId, ct);
        if (u == null || !await IsVisibleAsync(unitId, ct)) throw ValidationException.For(field, ErrorCodes.InvalidValue);
        return u;
    }

    public async Task<string> NameAsync(Guid unitId, CancellationToken ct) => (await FindAsync(unitId, ct))?.Name ?? "";

    /// <summary>The nearest unit of <paramref name="kind"/> above <paramref name="unitId"/>.</summary>
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
        return list.Count == 0 ? new Dictionary<Guid, string>() : (await identity.GetUsersAsync(list, ct)).ToDictionary(u => u.Id, u => u.FullName);
    }
}
