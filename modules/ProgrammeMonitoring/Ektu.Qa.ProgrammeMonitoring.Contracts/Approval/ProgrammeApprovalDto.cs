using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ProgrammeMonitoring.Approval;

/// <summary>
/// One run of a programme's process: an approval of <see cref="VersionNumber"/> (<see cref="RegisterKind"/> null) or a
/// register change. <see cref="NewNumber"/> is the open version a return created for the author to revise.
/// </summary>
public sealed class ProgrammeApprovalDto
{
    public Guid Id { get; init; }
    public Guid ProgrammeId { get; init; }
    public int? VersionNumber { get; init; }
    public RegisterEventKind? RegisterKind { get; init; }
    public Guid InstanceId { get; init; }
    public ApprovalOutcome Outcome { get; init; }
    public string? Comment { get; init; }
    public int? NewNumber { get; init; }
    public string SubmittedBy { get; init; } = "";
    public DateTime SubmittedAt { get; init; }
    public DateTime? DecidedAt { get; init; }
    public string? DecidedBy { get; init; }
}
