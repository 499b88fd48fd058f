namespace Ektu.Qa.QaCommission.Plans;

/// <summary>Error codes of the work plan approval (localization keys).</summary>
public static class WorkPlanErrorCodes
{
    public const string PlanEmpty = "QaCommission:WorkPlan.Empty";
    public const string ApprovalRunning = "QaCommission:WorkPlan.ApprovalRunning";
    public const string ProgrammeUnknown = "QaCommission:Plans.ProgrammeUnknown";
    public const string ProgrammeOtherSchool = "QaCommission:Plans.ProgrammeOtherSchool";
    public const string ProgrammeClosed = "QaCommission:Plans.ProgrammeClosed";
}
