using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Mail;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// Reminds the users of an open survey's population who have not answered: on the opening day, every seventh day after
/// it and on the closing day; once per survey and day (<c>im_survey_reminders</c>), so a rerun sends nothing twice.
/// </summary>
internal sealed class SurveyReminders(IDbSession db, SurveyRepository surveys, INotificationSender notifications, IUserClock local)
{
    public async Task<int> SendAsync(CancellationToken ct)
    {
        var today = local.Today;
        var sent = 0;
        await db.InUnitOfWorkAsync(async () =>
        {
            foreach (var s in await surveys.GetAllAsync(ct))
            {
                if (!IsReminderDay(s.OpensOn, s.ClosesOn, today)) continue;
                var pending = await surveys.GetPendingUsersAsync(s.Id, ct);
                if (!await surveys.MarkReminderAsync(s.Id, today, pending.Count, ct)) continue;
                foreach (var userId in pending)
                {
                    await notifications.NotifyAsync(userId, "InformationManagement:Surveys.Reminder", [s.TitleKk, s.ClosesOn],
                        $"/InformationManagement/Surveys/Answer/{s.Id}", ct);
                    sent++;
                }
            }
        }, ct);
        return sent;
    }

    internal static bool IsReminderDay(DateOnly opensOn, DateOnly closesOn, DateOnly today) =>
        SurveyRules.Phase(opensOn, closesOn, today) == SurveyPhase.Open && (today == closesOn || (today.DayNumber - opensOn.DayNumber) % 7 == 0);
}
