namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>A member appointed by the dean's order to chair when both the chair and the deputy are absent (004 §7.2).</summary>
public sealed class ActingChairInput
{
    public Guid MemberId { get; set; }
    public string OrderNumber { get; set; } = "";
    public DateOnly? OrderDate { get; set; }
    public int Version { get; set; }
}
