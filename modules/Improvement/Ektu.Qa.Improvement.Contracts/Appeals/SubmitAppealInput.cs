namespace Ektu.Qa.Improvement.Appeals;

/// <summary>
/// A new appeal. Through the web form the applicant is the caller; staff recording a paper or oral appeal give the
/// applicant's name, the channel and the day it was received.
/// </summary>
public sealed class SubmitAppealInput
{
    public ApplicantKind ApplicantKind { get; set; }
    public AppealKind Kind { get; set; }
    public AppealFormality Formality { get; set; }
    public string Subject { get; set; } = "";
    public string Text { get; set; } = "";

    /// <summary>The department (or school, or university office) the appeal is addressed to; it sets the first level.</summary>
    public Guid UnitId { get; set; }

    /// <summary>The programme of the register the appeal is about, if any: one of the addressed unit's school.</summary>
    public Guid? ProgrammeId { get; set; }

    public string? ApplicantName { get; set; }
    public AppealChannel Channel { get; set; } = AppealChannel.Web;
    public DateOnly? ReceivedOn { get; set; }
}
