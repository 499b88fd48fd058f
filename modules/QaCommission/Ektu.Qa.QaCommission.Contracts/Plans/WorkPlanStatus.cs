namespace Ektu.Qa.QaCommission.Plans;

/// <summary>
/// The annual plan's approval (004 §7.1: School Council and dean, agreed with АСБ, endorsed by the Academic Council).
/// Recorded here; the approval process itself runs on the workflow engine once it is wired (ApprovalInstanceId).
/// </summary>
public enum WorkPlanStatus
{
    Draft,
    OnApproval,
    Approved,
}
