using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>The meeting aggregate row; agenda, materials, attendance, experts and decisions change under its version.</summary>
internal sealed class Meeting : AuditedEntity
{
    public Guid CommissionId { get; set; }
    public DateOnly MeetingDate { get; set; }
    public string? StartTime { get; set; }
    public MeetingFormat Format { get; set; }
    public string? Place { get; set; }
    public MeetingState State { get; set; }
    public bool ReviewsRegister { get; set; }
    public DateTime? MaterialsSentAt { get; set; }
    public DateOnly? MaterialsSentOn { get; set; }
    public Guid? ActingChairMemberId { get; set; }
    public string? ActingChairOrderNumber { get; set; }
    public DateOnly? ActingChairOrderDate { get; set; }
    public Guid? ActingSecretaryMemberId { get; set; }
    public int? MinutesYear { get; set; }
    public int? MinutesNumber { get; set; }
    public string? Discussion { get; set; }
    public DateTime? ChairSignedAt { get; set; }
    public string? ChairSignedBy { get; set; }
    public DateTime? SecretarySignedAt { get; set; }
    public string? SecretarySignedBy { get; set; }
    public DateTime? MinutesSentAt { get; set; }
    public string? ScanFileName { get; set; }
    public string? ScanSha256 { get; set; }
    public string? ScanStoragePath { get; set; }

    public MeetingDto ToDto() => new()
    {
        Id = Id, CommissionId = CommissionId, MeetingDate = MeetingDate, StartTime = StartTime, Format = Format, Place = Place, State = State,
        ReviewsRegister = ReviewsRegister, MaterialsSentAt = MaterialsSentAt, MaterialsSentOn = MaterialsSentOn,
            ActingChairMemberId = ActingChairMemberId,
        ActingChairOrderNumber = ActingChairOrderNumber, ActingChairOrderDate = ActingChairOrderDate,
        ActingSecretaryMemberId = ActingSecretaryMemberId, MinutesYear = MinutesYear, MinutesNumber = MinutesNumber,
        Discussion = Discussion, ChairSignedAt = ChairSignedAt, ChairSignedBy = ChairSignedBy, SecretarySignedAt = SecretarySignedAt,
        SecretarySignedBy = SecretarySignedBy, MinutesSentAt = MinutesSentAt, ScanFileName = ScanFileName, Version = Version,
    };
}
