using Ektu.Qa.Kernel.Errors;

namespace Ektu.Qa.QaCommission.Register;

/// <summary>
/// 004 §7.4.1: «Жазбаларда жауапты орындаушы, іске асыру мерзімі және есептілік нысаны көрсетіледі» — every register
/// entry shows the responsible executor (a person or a unit), the deadline and the form of report. Checked where a
/// decision is drafted, where it is adopted and where its entry is edited, so no adopted decision lacks them.
/// </summary>
internal static class RegisterFields
{
    public static Check Require(
        this Check check, Guid? executorUserId, Guid? executorUnitId, DateOnly? deadline, string? reportForm, DateOnly meetingDate) =>
        check
            .That(executorUserId != null || executorUnitId != null, "ExecutorUserId", ErrorCodes.Required)
            .That(deadline != null, "Deadline", ErrorCodes.Required)
            .That(deadline == null || deadline >= meetingDate, "Deadline", QaCommissionErrorCodes.DeadlineBeforeMeeting)
            .Required("ReportForm", reportForm, QaCommissionConsts.ReportFormMax);
}
