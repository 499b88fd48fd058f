using System.Net;
using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Mail;
using Ektu.Qa.Workflow.Tasks;

namespace Ektu.Qa.Workflow.Runtime;

/// <summary>
/// Tells people about tasks: an in-app notification (localized when read) and an e-mail through the outbox, in the
/// same transaction as the step. The e-mail carries all three languages: the recipient's language is not known here.
/// </summary>
internal sealed class WorkflowNotifier(INotificationSender notifications, IMailOutbox outbox, IIdentityIntegrationService identity)
{
    /// <summary>The recipients come with their e-mail addresses (the assigner read them): no second read of the users.</summary>
    public Task TaskCreatedAsync(TaskRow task, IReadOnlyList<UserSummary> recipients, CancellationToken ct) =>
        SendAsync(task.Id, task.NameKk, task.NameRu, task.NameEn, task.BusinessKey, recipients.Select(u => u.Id).ToList(),
            "Workflow:Notify.TaskCreated",
            ("Жаңа тапсырма", "Новая задача", "New task"), ct, recipients);

    public Task ReminderAsync(TaskState task, IReadOnlyCollection<Guid> recipients, CancellationToken ct) =>
        SendAsync(task.Id, task.NameKk, task.NameRu, task.NameEn, task.BusinessKey, recipients, "Workflow:Notify.Reminder",
            ("Еске салу", "Напоминание", "Reminder"), ct);

    public Task EscalationAsync(TaskState task, IReadOnlyCollection<Guid> recipients, CancellationToken ct) =>
        SendAsync(task.Id, task.NameKk, task.NameRu, task.NameEn, task.BusinessKey, recipients, "Workflow:Notify.Escalation",
            ("Мерзімі өтті: жоғарыға жіберілді", "Срок истёк: эскалация", "Overdue: escalated"), ct);

    private async Task SendAsync(Guid taskId, string kk, string ru, string en, string businessKey, IReadOnlyCollection<Guid> recipients,
        string titleKey,
        (string Kk, string Ru, string En) subject, CancellationToken ct, IReadOnlyList<UserSummary>? known = null)
    {
        if (recipients.Count == 0) return;
        var link = "/Workflow/Tasks/Task?id=" + taskId;
        foreach (var user in recipients) await notifications.NotifyAsync(user, titleKey, [en, businessKey], link, ct);
        var emails = (known ?? await identity.GetUsersAsync(recipients, ct)).Select(u => u.Email).Where(e => !string.IsNullOrWhiteSpace(e))
            .Cast<string>().ToList();
        if (emails.Count == 0) return;
        string Line(string s, string name) =>
            $"<p>{WebUtility.HtmlEncode(s)}: <b>{WebUtility.HtmlEncode(name)}</b> ({WebUtility.HtmlEncode(businessKey)})</p>";
        await outbox.EnqueueAsync(new OutgoingMail
        {
            To = emails,
            Subject = $"{subject.Kk} / {subject.Ru} / {subject.En}: {ru}",
            HtmlBody = Line(subject.Kk, kk) + Line(subject.Ru, ru) + Line(subject.En, en) + $"<p><a href=\"{link}\">{link}</a></p>",
            TextBody = $"{subject.Kk}: {kk}\n{subject.Ru}: {ru}\n{subject.En}: {en}\n{businessKey}\n{link}",
        }, ct);
    }
}
