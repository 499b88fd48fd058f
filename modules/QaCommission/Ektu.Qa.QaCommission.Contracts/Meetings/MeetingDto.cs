namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>A meeting with what the secretary must see computed: quorum, presiding member, the materials rule.</summary>
public sealed class MeetingDto
{
    public Guid Id { get; init; }
    public Guid CommissionId { get; init; }
    public DateOnly MeetingDate { get; init; }
    public string? StartTime { get; init; }
    public MeetingFormat Format { get; init; }
    public string? Place { get; init; }
    public MeetingState State { get; init; }
    public bool ReviewsRegister { get; init; }
    public DateTime? MaterialsSentAt { get; init; }
    public DateOnly? MaterialsSentOn { get; init; }
    public Guid? ActingChairMemberId { get; init; }
    public string? ActingChairOrderNumber { get; init; }
    public DateOnly? ActingChairOrderDate { get; init; }

    /// <summary>Who keeps and signs the minutes when the secretary presides or is absent (004 §7.3.3: two signatories).</summary>
    public Guid? ActingSecretaryMemberId { get; init; }
    public int? MinutesYear { get; init; }
    public int? MinutesNumber { get; init; }
    public string? Discussion { get; init; }
    public DateTime? ChairSignedAt { get; init; }
    public string? ChairSignedBy { get; init; }
    public DateTime? SecretarySignedAt { get; init; }
    public string? SecretarySignedBy { get; init; }
    public DateTime? MinutesSentAt { get; init; }
    public string? ScanFileName { get; init; }
    public int Version { get; init; }

    /// <summary>Members whose membership covers the meeting date (the quorum's base).</summary>
    public int MemberCount { get; set; }

    public int PresentCount { get; set; }

    /// <summary>At least half of the members present (004 §7.3).</summary>
    public bool HasQuorum { get; set; }

    /// <summary>Materials went out later than 3 working days before the meeting, or not at all.</summary>
    public bool MaterialsLate { get; set; }

    /// <summary>Who chairs: the chair, else the deputy, else the member appointed by the dean's order; null when nobody may.</summary>
    public Guid? PresidingMemberId { get; set; }
}
