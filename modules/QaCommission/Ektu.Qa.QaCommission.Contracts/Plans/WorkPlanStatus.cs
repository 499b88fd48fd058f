namespace Ektu.Qa.QaCommission.Plans;

/// <summary>
/// The annual plan's approval (004 §7.1: School Council and dean, agreed with АСБ, endorsed by the Academic Council),
/// run by the <c>qc-work-plan-approval</c> process (ApprovalInstanceId): a return sends it back to Draft, a rejection
/// closes it.
/// </summary>
public enum WorkPlanStatus
{
    Draft,
    OnApproval,
    Approved,
    Rejected,
}
