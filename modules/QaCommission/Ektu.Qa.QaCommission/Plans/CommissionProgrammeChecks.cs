using Ektu.Qa.Kernel.Security;
using Ektu.Qa.ProgrammeMonitoring.Related;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Permissions;

namespace Ektu.Qa.QaCommission.Plans;

/// <summary>
/// The programme page's checks: monitoring events linked to the programme, of the commissions the caller sees (the same
/// visibility as the commissions list: the school in scope, or membership); nothing at all without the permission.
/// </summary>
internal sealed class CommissionProgrammeChecks(PlanRepository plans, CommissionRepository commissions, ICurrentUser user, IOrganizationScope scopes)
    : IProgrammeCheckSource
{
    public async Task<IReadOnlyList<ProgrammeCheckDto>?> GetChecksAsync(Guid programmeId, CancellationToken ct = default)
    {
        if (!await user.HasPermissionAsync(QaCommissionPermissions.Commissions.Default)) return null;
        var visible = await commissions.ListAsync(await scopes.GetAsync(ct), user.Id ?? Guid.Empty, ct);
        if (visible.Count == 0) return [];
        var events = await plans.GetProgrammeEventsAsync(programmeId, visible.Select(c => c.Id), ct);
        return [.. events.Select(e => new ProgrammeCheckDto
        {
            Id = e.Id, Title = e.Title, Course = e.Course, StartsOn = e.StartsOn, EndsOn = e.EndsOn, DoneOn = e.DoneOn,
        })];
    }
}
