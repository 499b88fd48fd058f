using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Mail;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.QaCommission.Register;

namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>
/// Notices of the module, kept in <c>qc_notices</c> (the commission's own history) and sent through the Kernel's
/// notification centre, both in the same unit of work as the change that caused them.
/// </summary>
internal sealed class Notifier(RegisterRepository repo, IIdentityIntegrationService identity, INotificationSender notifications, IClock clock)
{
    public const string DeanRole = "Dean";
    public const string QualityOfficerRole = "QualityOfficer";
    public const string HeadOfDepartmentRole = "HeadOfDepartment";

    public async Task SendAsync(Guid commissionId, IEnumerable<Guid> recipients, string kind, string subject, string? link, CancellationToken ct)
    {
        foreach (var r in recipients.Distinct())
        {
            await repo.InsertNoticeAsync(new NoticeDto { Id = Guid.NewGuid(), CommissionId = commissionId, RecipientUserId = r, Kind = kind,
                Subject = subject, Link = link, CreatedAt = clock.UtcNow }, ct);
            // The Kernel's notification centre (bell, e-mail) carries the same notice; the title is this module's key.
            await notifications.NotifyAsync(r, "QaCommission:Notice." + kind, [subject], link, ct);
        }
    }

    /// <summary>The school's dean(s): holders of the Dean role in the school unit or above.</summary>
    public async Task<IReadOnlyList<Guid>> DeansAsync(Guid schoolUnitId, CancellationToken ct) =>
        (await identity.GetRoleHoldersAsync(schoolUnitId, [DeanRole], ct)).Select(u => u.Id).ToList();

    /// <summary>The Academic Quality Department: quality officers over the school.</summary>
    public async Task<IReadOnlyList<Guid>> QualityOfficersAsync(Guid schoolUnitId, CancellationToken ct) =>
        (await identity.GetRoleHoldersAsync(schoolUnitId, [QualityOfficerRole], ct)).Select(u => u.Id).ToList();

    /// <summary>Who answers for an executor: the person, else the unit's head(s) (or dean for a school).</summary>
    public async Task<IReadOnlyList<Guid>> ExecutorAsync(Guid? userId, Guid? unitId, CancellationToken ct)
    {
        if (userId is { } u) return [u];
        if (unitId is { } o) return (await identity.GetRoleHoldersAsync(o, [HeadOfDepartmentRole, DeanRole], ct)).Select(x => x.Id).ToList();
        return [];
    }
}
