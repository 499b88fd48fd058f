using Ektu.Qa.ExternalAccreditation.Accreditations;

namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>
/// The procedure's rules on a given day. A step's deadline is a moment (the task's due time): the step is overdue only
/// once the user's day has passed the deadline's day, so a step due today is not yet overdue.
/// </summary>
internal static class AssessmentRules
{
    public static bool IsOverdue(DateTime? dueAt, DateTime? completedAt, DateOnly dueDay, DateOnly today) =>
        dueAt != null && completedAt == null && today > dueDay;

    /// <summary>The model's form value for a decision (the gateway routes on <c>denied</c>).</summary>
    public static string FormValue(AccreditationDecision d) => d switch
    {
        AccreditationDecision.Accredited => "accredited",
        AccreditationDecision.Conditional => "conditional",
        AccreditationDecision.Denied => "denied",
        _ => "",
    };

    public static AccreditationDecision? FromFormValue(string? value) => value switch
    {
        "accredited" => AccreditationDecision.Accredited,
        "conditional" => AccreditationDecision.Conditional,
        "denied" => AccreditationDecision.Denied,
        _ => null,
    };

    /// <summary>A conditional or denied decision asks for corrective actions: its plan may not be closed empty.</summary>
    public static bool PlanMayClose(AccreditationDecision decision, int items) =>
        decision == AccreditationDecision.Accredited || items > 0;

    /// <summary>Plan items are raised from the decision on, while the procedure has not closed.</summary>
    public static bool PlanOpen(AssessmentState state) => state == AssessmentState.Decided;

    public static string BusinessKey(Guid id) => "ea-assessment:" + id;

    public static Guid? IdOf(string businessKey) =>
        businessKey.StartsWith("ea-assessment:", StringComparison.Ordinal) && Guid.TryParse(businessKey["ea-assessment:".Length..], out var id)
            ? id : null;
}
