namespace Ektu.Qa.QaCommission.Register;

/// <summary>One held meeting's attendance.</summary>
public sealed record QuorumPoint(DateOnly MeetingDate, int Members, int Present, bool HasQuorum);
