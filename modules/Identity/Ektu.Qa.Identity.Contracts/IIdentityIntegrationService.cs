using Ektu.Qa.Identity.OrganizationUnits;

namespace Ektu.Qa.Identity;

/// <summary>What other modules may read from Identity.</summary>
public interface IIdentityIntegrationService
{
    Task<IReadOnlyList<OrganizationUnitDto>> GetUnitsAsync(CancellationToken ct = default);

    /// <summary>The unit and every unit below it.</summary>
    Task<IReadOnlyList<Guid>> GetSubtreeAsync(Guid unitId, CancellationToken ct = default);

    /// <summary>
    /// Active users holding a staff role (any but <see cref="IdentityConsts.StudentRole"/>) in the unit or below it: the employees
    /// a document applies to.
    /// </summary>
    Task<IReadOnlyList<UserSummary>> GetMembersAsync(Guid unitId, CancellationToken ct = default);

    Task<IReadOnlyList<UserSummary>> GetUsersAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);

    /// <summary>Active users with these user names (case-insensitive).</summary>
    Task<IReadOnlyList<UserSummary>> GetUsersByNameAsync(IReadOnlyCollection<string> userNames, CancellationToken ct = default);

    /// <summary>
    /// Active users holding one of <paramref name="roleNames"/> in the unit or in a unit above it: who may act for the
    /// unit (a dean's role in the school covers its departments).
    /// </summary>
    Task<IReadOnlyList<UserSummary>> GetRoleHoldersAsync(Guid unitId, IReadOnlyCollection<string> roleNames, CancellationToken ct = default);
}
