using System.Globalization;
using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Mail;
using Ektu.Qa.Improvement.Appeals;
using Ektu.Qa.Improvement.Capa;

namespace Ektu.Qa.Improvement.Application;

/// <summary>
/// Daily: tells the people who answer for an overdue appeal or CAPA item, once per item per overdue state. The state is a
/// key — an appeal's level and due day; a CAPA item's deadline, or its effectiveness-check day passed without a check —
/// kept in <c>qc_overdue_notices</c> under a unique index, so the next day's scan finds it and stays silent, while an
/// escalated appeal or a moved deadline that falls overdue again is a new state and is told again.
/// Appeals go to the handlers of their level (department: head of department; school: dean; university: quality
/// officers); CAPA items to their owner, and a missed effectiveness check also to the unit's head or dean, who judge it.
/// In-app through the Kernel's notification centre and by e-mail through the outbox, audited, in the job's unit of work.
/// </summary>
internal sealed class OverdueItemScanner(
    IDbSession db, AppealRepository appeals, CapaRepository capa, IIdentityIntegrationService identity, INotificationSender notifications, IMailOutbox mail,
    IAuditLog audit, Kernel.Localization.LocalizationStore texts, QcCalendar calendar)
{
    public async Task<int> ScanAsync(string by, CancellationToken ct)
    {
        var today = calendar.Today;
        var sent = 0;
        foreach (var a in await appeals.GetAsync(true, [], null, null, ct))
        {
            if (!AppealRouting.IsOverdue(a.State, a.DueOn, today)) continue;
            var roles = a.Level switch
            {
                AppealLevel.Department => new[] { Notifier.HeadOfDepartmentRole },
                AppealLevel.School => [Notifier.DeanRole],
                _ => [Notifier.QualityOfficerRole],
            };
            var to = await identity.GetRoleHoldersAsync(a.UnitId, roles, ct);
            if (await NotifyOnceAsync("Appeal", a.Id, a.UnitId, $"{a.Level}:{Day(a.DueOn)}", to, "Improvement:Overdue.Appeal", a.Subject, a.DueOn, "/Improvement/Appeals/Details?id=" + a.Id, by, ct))
                sent++;
        }
        foreach (var i in await capa.GetAsync(true, [], Guid.Empty, ct))
        {
            var current = CapaRules.Current(i.StoredState, i.CheckDueOn, today);
            var link = "/Improvement/Capa/Details?id=" + i.Id;
            if (CapaRules.IsOverdue(current, i.Deadline, today))
            {
                var owner = await identity.GetUsersAsync([i.OwnerUserId], ct);
                if (await NotifyOnceAsync("Capa", i.Id, i.UnitId, "Deadline:" + Day(i.Deadline), owner, "Improvement:Overdue.Capa", i.Problem, i.Deadline, link, by, ct)) sent++;
            }
            else if (current == CapaState.EffectivenessCheckDue && i.CheckDueOn is { } due && today > due)
            {
                var to = (await identity.GetUsersAsync([i.OwnerUserId], ct))
                    .Concat(await identity.GetRoleHoldersAsync(i.UnitId, [Notifier.HeadOfDepartmentRole, Notifier.DeanRole], ct)).ToList();
                if (await NotifyOnceAsync("Capa", i.Id, i.UnitId, "Check:" + Day(due), to, "Improvement:Overdue.CapaCheck", i.Problem, due, link, by, ct)) sent++;
            }
        }
        return sent;
    }

    private async Task<bool> NotifyOnceAsync(string kind, Guid itemId, Guid unitId, string key, IEnumerable<UserSummary> recipients, string titleKey, string subject, DateOnly due,
        string link, string by, CancellationToken ct)
    {
        var users = recipients.DistinctBy(u => u.Id).ToList();
        var now = calendar.UtcNow;
        var inserted = await db.ExecuteAsync(db.Dialect.InsertIgnore("qc_overdue_notices",
            "id, item_kind, item_id, overdue_key, recipients, version, created_at, created_by, updated_at, updated_by",
            "@id, @kind, @itemId, @key, @n, 1, @now, @by, @now, @by"), new { id = Guid.NewGuid(), kind, itemId, key, n = users.Count, now, by }, ct);
        if (inserted == 0) return false;
        foreach (var u in users) await notifications.NotifyAsync(u.Id, titleKey, [subject, due.ToDateTime(TimeOnly.MinValue)], link, ct);
        var emails = users.Select(u => u.Email).OfType<string>().Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (emails.Count > 0)
        {
            // Mail has no reader's culture: Kazakh and Russian together, the university's two working languages.
            var text = string.Join("\n", new[] { "kk", "ru" }.Select(l => string.Format(CultureInfo.InvariantCulture, texts.Find(titleKey, l) ?? titleKey, subject, due.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture))));
            await mail.EnqueueAsync(new OutgoingMail
            {
                To = emails, Subject = text.Split('\n')[0], TextBody = text,
                HtmlBody = string.Join("", text.Split('\n').Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l) + "</p>")),
            }, ct);
        }
        await audit.WriteAsync("QaCommission", kind == "Appeal" ? "Appeal" : "CapaItem", itemId, "OverdueNotified", [new AuditChange("State", null, key), new AuditChange("Recipients", null, users.Count.ToString(CultureInfo.InvariantCulture))], ct, unitId: unitId);
        return true;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
