using Ektu.Qa.Identity;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.InformationManagement.Audits;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Audits;

/// <summary>What the audit form (new audit on the plan, edit on the audit's page) offers: units in scope and the staff as auditors.</summary>
internal sealed class AuditForm
{
    public required SaveAuditInput Input { get; init; }
    public required IReadOnlyList<OrganizationUnitDto> Units { get; init; }
    public required IReadOnlyList<UserSummary> Auditors { get; init; }

    /// <summary>The audited unit is fixed once planned.</summary>
    public bool Editing { get; init; }

    public static async Task<IReadOnlyList<UserSummary>> AuditorsAsync(IIdentityIntegrationService identity, CancellationToken ct)
    {
        var root = (await identity.GetUnitsAsync(ct)).FirstOrDefault(u => u.ParentId == null);
        return root == null ? [] : (await identity.GetMembersAsync(root.Id, ct)).OrderBy(u => u.FullName).ToList();
    }
}
