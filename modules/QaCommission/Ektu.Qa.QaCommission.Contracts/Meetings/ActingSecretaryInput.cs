namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>
/// A present member who keeps and signs the minutes when the secretary presides or is absent: the minutes are signed by
/// two different people, the presiding member and the secretary (004 §7.3.3).
/// </summary>
public sealed class ActingSecretaryInput
{
    public Guid MemberId { get; set; }
    public int Version { get; set; }
}
