namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>The shipped process this feature owns, its steps in order and the CAPA source kinds it registers.</summary>
public static class AssessmentProcess
{
    public const string Key = "ea-external-assessment";

    public const string DecideStep = "Task_Decide";
    public const string DecisionStep = "Task_RecordDecision";
    public const string PlanStep = "Task_ImprovementPlan";

    /// <summary>The user tasks of the model in the order the procedure runs them (the timeline on the assessment's page).</summary>
    public static readonly IReadOnlyList<string> Steps =
    [
        DecideStep, "Task_IssueOrder", "Task_FormWorkingGroup", "Task_SelfAssessment", "Task_SelfAssessmentReport", "Task_OrganiseVisit",
        DecisionStep, PlanStep, "Task_PostMonitoring",
    ];

    /// <summary>A CAPA item of the assessment's improvement action plan.</summary>
    public const string CapaSource = "ExternalAccreditation.Assessment";

    /// <summary>A CAPA item raised from an inspection audit's findings (Certifications).</summary>
    public const string InspectionAuditCapaSource = "ExternalAccreditation.InspectionAudit";

    /// <summary>The BPMN error the decision handler raises when the recorded decision does not hold; the model offers the step again.</summary>
    public const string DecisionInvalidError = "EA_DECISION_INVALID";
}
