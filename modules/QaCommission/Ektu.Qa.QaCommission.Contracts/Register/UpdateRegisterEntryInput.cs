namespace Ektu.Qa.QaCommission.Register;

/// <summary>The register fields of a decision; the decision's version.</summary>
public sealed class UpdateRegisterEntryInput
{
    public Guid? ExecutorUserId { get; set; }
    public Guid? ExecutorUnitId { get; set; }
    public DateOnly? Deadline { get; set; }
    public string? ReportForm { get; set; }
    public ExecutionStatus Status { get; set; }
    public string? ExecutionNote { get; set; }
    public int Version { get; set; }
}
