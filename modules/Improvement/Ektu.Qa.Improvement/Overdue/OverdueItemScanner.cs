using System.Globalization;
using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Mail;
using Ektu.Qa.Improvement.Appeals;
using Ektu.Qa.Improvement.Capa;

namespace Ektu.Qa.Improvement.Overdue;

/// <summary>
/// Daily: tells the people who answer for an overdue appeal or CAPA item, once per item per overdue state. The state is a
/// key — an appeal's level and due day; a CAPA item's deadline, or its effectiveness-check day passed without a check —
/// kept in <c>imp_overdue_notices</c> under a unique index, so the next day's scan finds it and stays silent, while an
/// escalated appeal or a moved deadline that falls overdue again is a new state and is told again.
/// Appeals go to the handlers of their level (department: head of department; school: dean; university: quality
/// officers); CAPA items to their owner, and a missed effectiveness check also to the unit's head or dean, who judge it.
/// In-app through the Kernel's notification centre and by e-mail through the outbox, audited, in the job's unit of work.
/// </summary>
internal sealed class OverdueItemScanner(
    IDbSession db, AppealRepository appeals, CapaRepository capa, IIdentityIntegrationService identity, INotificationSender notifications,
    IMailOutbox mail, AuditContext<ImprovementContractsModule> audit, Kernel.Localization.LocalizationStore texts, ImprovementCalendar calendar)
{
    // The built-in roles (Identity) that answer for a unit's appeals and judge its CAPA items.
    private const string DeanRole = "Dean";
    private const string QualityOfficerRole = "QualityOfficer";
    private const string HeadOfDepartmentRole = "HeadOfDepartment";

    public async Task<int> ScanAsync(string by, CancellationToken ct)
    {
        var today = calendar.Today;
        var sent = 0;
        foreach (var a in await appeals.GetAsync(true, [], null, null, ct))
        {
            if (!AppealRouting.IsOverdue(a.State, a.DueOn, today)) continue;
            var roles = a.Level switch
            {
                AppealLevel.Department => new[] { HeadOfDepartmentRole },
                AppealLevel.School => [DeanRole],
                _ => [QualityOfficerRole],
            };
            var to = await identity.GetRoleHoldersAsync(a.UnitId, roles, ct);
            var notice = new Notice("Appeal", a.Id, a.UnitId, $"{a.Level}:{Day(a.DueOn)}", "Improvement:Overdue.Appeal", a.Subject, a.DueOn,
                "/Improvement/Appeals/Details?id=" + a.Id);
            if (await NotifyOnceAsync(notice, to, by, ct)) sent++;
        }
        foreach (var i in await capa.GetAsync(true, [], Guid.Empty, ct))
        {
            var current = CapaRules.Current(i.StoredState, i.CheckDueOn, today);
            var link = "/Improvement/Capa/Details?id=" + i.Id;
            if (CapaRules.IsOverdue(current, i.Deadline, today))
            {
                var owner = await identity.GetUsersAsync([i.OwnerUserId], ct);
                var notice = new Notice(
                    "Capa", i.Id, i.UnitId, "Deadline:" + Day(i.Deadline), "Improvement:Overdue.Capa", i.Problem, i.Deadline, link);
                if (await NotifyOnceAsync(notice, owner, by, ct)) sent++;
            }
            else if (current == CapaState.EffectivenessCheckDue && i.CheckDueOn is { } due && today > due)
            {
                var to = (await identity.GetUsersAsync([i.OwnerUserId], ct))
                    .Concat(await identity.GetRoleHoldersAsync(i.UnitId, [HeadOfDepartmentRole, DeanRole], ct)).ToList();
                var notice = new Notice("Capa", i.Id, i.UnitId, "Check:" + Day(due), "Improvement:Overdue.CapaCheck", i.Problem, due, link);
                if (await NotifyOnceAsync(notice, to, by, ct)) sent++;
            }
        }
        return sent;
    }

    /// <summary>One overdue state of one item: what the notice says and where it links.</summary>
    private sealed record Notice(string Kind, Guid ItemId, Guid UnitId, string Key, string TitleKey, string Subject, DateOnly Due, string Link);

    private async Task<bool> NotifyOnceAsync(Notice n, IEnumerable<UserSummary> recipients, string by, CancellationToken ct)
    {
        var users = recipients.DistinctBy(u => u.Id).ToList();
        var now = calendar.UtcNow;
        var inserted = await db.ExecuteAsync(db.Dialect.InsertIgnore("imp_overdue_notices",
            "id, item_kind, item_id, overdue_key, recipients, version, created_at, created_by, updated_at, updated_by",
            "@id, @Kind, @ItemId, @Key, @count, 1, @now, @by, @now, @by"),
            new { id = Guid.NewGuid(), n.Kind, n.ItemId, n.Key, count = users.Count, now, by }, ct);
        if (inserted == 0) return false;
        foreach (var u in users) await notifications.NotifyAsync(u.Id, n.TitleKey, [n.Subject, n.Due.ToDateTime(TimeOnly.MinValue)], n.Link, ct);
        var emails = users.Select(u => u.Email).OfType<string>().Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (emails.Count > 0)
        {
            // Mail has no reader's culture: Kazakh and Russian together, the university's two working languages.
            var day = n.Due.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
            var text = string.Join("\n", new[] { "kk", "ru" }
                .Select(l => string.Format(CultureInfo.InvariantCulture, texts.Find(n.TitleKey, l) ?? n.TitleKey, n.Subject, day)));
            await mail.EnqueueAsync(new OutgoingMail
            {
                To = emails, Subject = text.Split('\n')[0], TextBody = text,
                HtmlBody = string.Join("", text.Split('\n').Select(l => "<p>" + System.Net.WebUtility.HtmlEncode(l) + "</p>")),
            }, ct);
        }
        AuditChange[] changes =
            [new AuditChange("State", null, n.Key), new AuditChange("Recipients", null, users.Count.ToString(CultureInfo.InvariantCulture))];
        await audit.WriteAsync(n.Kind == "Appeal" ? "Appeal" : "CapaItem", n.ItemId, "OverdueNotified", changes, ct, unitId: n.UnitId);
        return true;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
