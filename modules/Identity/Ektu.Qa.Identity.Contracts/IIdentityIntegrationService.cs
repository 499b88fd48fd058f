using Ektu.Qa.Identity.OrganizationUnits;

namespace Ektu.Qa.Identity;

/// <summary>What other modules may read from Identity.</summary>
public interface IIdentityIntegrationService
{
    Task<IReadOnlyList<OrganizationUnitDto>> GetUnitsAsync(CancellationToken ct = default);

    /// <summary>The unit and every unit below it.</summary>
    Task<IReadOnlyList<Guid>> GetSubtreeAsync(Guid unitId, CancellationToken ct = default);

    /// <summary>Active users holding any role in the unit or below it (the employees a document applies to).</summary>
    Task<IReadOnlyList<UserSummary>> GetMembersAsync(Guid unitId, CancellationToken ct = default);

    Task<IReadOnlyList<UserSummary>> GetUsersAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
}
