using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.Identity.OrganizationUnits;

/// <summary>
/// Organisation units, the caller's unit scope and user names for other modules' app services and pages, each read once
/// per request. A record of a unit outside the scope answers 404, like an unknown id.
/// </summary>
public interface IUnitDirectory
{
    Task<UnitScope> ScopeAsync(CancellationToken ct);

    Task<IReadOnlyList<OrganizationUnitDto>> AllAsync(CancellationToken ct);

    Task<IReadOnlyDictionary<Guid, OrganizationUnitDto>> UnitsAsync(CancellationToken ct);

    /// <summary>The units the caller may pick (as an owner, a target), in tree order.</summary>
    Task<IReadOnlyList<OrganizationUnitDto>> InScopeAsync(CancellationToken ct);

    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(CancellationToken ct);

    Task<OrganizationUnitDto?> FindAsync(Guid unitId, CancellationToken ct);

    /// <summary>The unit's name in the current language; empty for an unknown unit.</summary>
    Task<string> NameAsync(Guid unitId, CancellationToken ct);

    Task<bool> IsVisibleAsync(Guid unitId, CancellationToken ct);

    /// <summary>The record's unit must be in scope; otherwise the record does not exist for the caller (404).</summary>
    Task EnsureVisibleAsync(Guid unitId, string entity, Guid id, CancellationToken ct);

    /// <summary>A unit chosen for a new record: it must exist and be in the caller's scope (a validation error on <paramref
    /// name="field"/>).</summary>
    Task<OrganizationUnitDto> EnsureTargetAsync(Guid unitId, string field, CancellationToken ct);

    /// <summary>The nearest unit of <paramref name="kind"/> above <paramref name="unitId"/>.</summary>
    Task<OrganizationUnitDto?> AncestorAsync(Guid unitId, OrganizationUnitKind kind, CancellationToken ct);

    Task<HashSet<Guid>> SubtreeAsync(Guid unitId, CancellationToken ct);

    Task<IReadOnlyDictionary<Guid, string>> UserNamesAsync(IEnumerable<Guid> ids, CancellationToken ct);
}
