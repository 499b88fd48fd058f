using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>
/// Who may see and run a commission. Visible: its school is in the caller's unit scope, or the caller is (or was) one of
/// its members; anything else answers 404. Running meetings: the permission, or being its chair, deputy or secretary now.
/// </summary>
internal sealed class CommissionAccess(CommissionRepository commissions, ICurrentUser user, IOrganizationScope scopes, QaCommissionCalendar calendar)
{
    public async Task<CommissionDto> LoadVisibleAsync(Guid id, CancellationToken ct)
    {
        var c = await commissions.FindAsync(id, ct) ?? throw new EntityNotFoundException("Commission", id);
        if ((await scopes.GetAsync(ct)).Contains(c.SchoolUnitId)) return c;
        var me = user.Id ?? Guid.Empty;
        if ((await commissions.GetMembersAsync(id, ct)).Any(m => m.UserId == me)) return c;
        throw new EntityNotFoundException("Commission", id);
    }

    /// <summary>Changes by the dean's office: the school must be in the caller's scope (membership alone is not enough).</summary>
    public async Task<CommissionDto> LoadWritableAsync(Guid id, CancellationToken ct)
    {
        var c = await commissions.FindAsync(id, ct) ?? throw new EntityNotFoundException("Commission", id);
        return (await scopes.GetAsync(ct)).Contains(c.SchoolUnitId) ? c : throw new EntityNotFoundException("Commission", id);
    }

    /// <summary>A commission the caller may run meetings of; dissolved commissions take no new work.</summary>
    public async Task<CommissionDto> LoadRunnableAsync(Guid id, string permission, CancellationToken ct)
    {
        var c = await LoadVisibleAsync(id, ct);
        if (c.State == CommissionState.Dissolved) throw new QaException(QaCommissionErrorCodes.CommissionDissolved, 409);
        if (await user.HasPermissionAsync(permission) && (await scopes.GetAsync(ct)).Contains(c.SchoolUnitId)) return c;
        if (await IsOfficerAsync(id, ct)) return c;
        throw new QaException(ErrorCodes.Forbidden, 403);
    }

    /// <summary>The caller is the commission's chair, deputy or secretary today (004 §6: they run its work).</summary>
    public async Task<bool> IsOfficerAsync(Guid commissionId, CancellationToken ct)
    {
        var me = user.Id ?? Guid.Empty;
        var today = calendar.Today;
        return (await commissions.GetMembersAsync(commissionId, ct)).Any(m => m.UserId == me && m.Role != MemberRole.Member
            && MemberTerm.IsActiveOn(m.TermStart, m.TermEnd, m.EndedOn, today));
    }
}
