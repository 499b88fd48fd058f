using System.Net;
using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Mail;
using Ektu.Qa.Workflow.Definitions;
using Ektu.Qa.Workflow.Tasks;

namespace Ektu.Qa.Workflow.Runtime;

/// <summary>
/// Tells people about tasks: an in-app notification (read in the reader's language) and an e-mail through the outbox, in
/// the same transaction as the step. The e-mail carries all three languages: the recipient's language is not known here.
/// Both name the task and its process, not the business key: a module's key ("ea-assessment:{guid}") means nothing to a
/// reader, and the task page the link opens shows the record itself.
/// </summary>
internal sealed class WorkflowNotifier(INotificationSender notifications, IMailOutbox outbox, IIdentityIntegrationService identity,
    ProcessNameCache processNames, IDbSession db)
{
    /// <summary>The recipients come with their e-mail addresses (the assigner read them): no second read of the users.</summary>
    public Task TaskCreatedAsync(TaskRow task, IReadOnlyList<UserSummary> recipients, CancellationToken ct) =>
        SendAsync(task.Id, new LocalizedText(task.NameKk, task.NameRu, task.NameEn), task.ProcessKey, recipients.Select(u => u.Id).ToList(),
            "Workflow:Notify.TaskCreated",
            ("Жаңа тапсырма", "Новая задача", "New task"), ct, recipients);

    public Task ReminderAsync(TaskState task, IReadOnlyCollection<Guid> recipients, CancellationToken ct) =>
        SendAsync(task.Id, new LocalizedText(task.NameKk, task.NameRu, task.NameEn), task.ProcessKey, recipients, "Workflow:Notify.Reminder",
            ("Еске салу", "Напоминание", "Reminder"), ct);

    public Task EscalationAsync(TaskState task, IReadOnlyCollection<Guid> recipients, CancellationToken ct) =>
        SendAsync(task.Id, new LocalizedText(task.NameKk, task.NameRu, task.NameEn), task.ProcessKey, recipients, "Workflow:Notify.Escalation",
            ("Мерзімі өтті: жоғарыға жіберілді", "Срок истёк: эскалация", "Overdue: escalated"), ct);

    private async Task SendAsync(Guid taskId, LocalizedText name, string processKey, IReadOnlyCollection<Guid> recipients, string titleKey,
        (string Kk, string Ru, string En) subject, CancellationToken ct, IReadOnlyList<UserSummary>? known = null)
    {
        if (recipients.Count == 0) return;
        var process = (await processNames.GetAsync(db, ct)).TryGetValue(processKey, out var n)
            ? new LocalizedText(n.Kk, n.Ru, n.En) : new LocalizedText(processKey, processKey, processKey);
        var link = "/Workflow/Tasks/Task?id=" + taskId;
        foreach (var user in recipients) await notifications.NotifyAsync(user, titleKey, [name, process], link, ct);
        var emails = (known ?? await identity.GetUsersAsync(recipients, ct)).Select(u => u.Email).Where(e => !string.IsNullOrWhiteSpace(e))
            .Cast<string>().ToList();
        if (emails.Count == 0) return;
        static string Line(string s, string task, string of) =>
            $"<p>{WebUtility.HtmlEncode(s)}: <b>{WebUtility.HtmlEncode(task)}</b> ({WebUtility.HtmlEncode(of)})</p>";
        await outbox.EnqueueAsync(new OutgoingMail
        {
            To = emails,
            Subject = $"{subject.Kk} / {subject.Ru} / {subject.En}: {name.Ru}",
            HtmlBody = Line(subject.Kk, name.Kk, process.Kk) + Line(subject.Ru, name.Ru, process.Ru) + Line(subject.En, name.En, process.En)
                + $"<p><a href=\"{link}\">{link}</a></p>",
            TextBody = $"{subject.Kk}: {name.Kk} ({process.Kk})\n{subject.Ru}: {name.Ru} ({process.Ru})\n"
                + $"{subject.En}: {name.En} ({process.En})\n{link}",
        }, ct);
    }
}
