namespace Ektu.Qa.QaCommission.Plans;

/// <summary>Error codes of the work plan approval (localization keys).</summary>
public static class WorkPlanErrorCodes
{
    public const string PlanEmpty = "QaCommission:WorkPlan.Empty";
    public const string ApprovalRunning = "QaCommission:WorkPlan.ApprovalRunning";
}
