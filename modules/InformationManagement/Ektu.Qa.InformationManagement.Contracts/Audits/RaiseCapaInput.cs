namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>What the CAPA item raised from a nonconformity needs beyond the finding: the action, its owner and deadline.</summary>
public sealed class RaiseCapaInput
{
    public string CorrectiveAction { get; set; } = "";
    public Guid OwnerUserId { get; set; }
    public DateOnly? Deadline { get; set; }
}
