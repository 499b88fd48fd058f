using Ektu.Qa.Kernel.Files;
using Ektu.Qa.QaCommission.Commissions;

namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>Meetings (004 §7.2–7.3): agenda, materials and their distribution, attendance and quorum, votes, minutes.</summary>
public interface IMeetingAppService
{
    Task<IReadOnlyList<MeetingDto>> GetListAsync(Guid commissionId, CancellationToken ct = default);

    Task<MeetingDetailsDto> GetAsync(Guid id, CancellationToken ct = default);

    Task<MeetingDto> CreateAsync(Guid commissionId, SaveMeetingInput input, CancellationToken ct = default);

    /// <summary>Moves a meeting that has not taken place (planned, no decision yet) to another date within the date window.</summary>
    Task<MeetingDto> RescheduleAsync(Guid id, RescheduleMeetingInput input, CancellationToken ct = default);

    Task<AgendaItemDto> AddAgendaItemAsync(Guid id, string title, string? speaker, int version, CancellationToken ct = default);

    Task<MaterialDto> UploadMaterialAsync(Guid id, Guid? agendaItemId, UploadFileInput input, CancellationToken ct = default);

    Task<FileDownload> DownloadMaterialAsync(Guid materialId, CancellationToken ct = default);

    /// <summary>Records that the agenda and materials went out now (the 3-working-day rule is checked against it).</summary>
    Task<MeetingDto> MarkMaterialsSentAsync(Guid id, int version, CancellationToken ct = default);

    Task<MeetingDto> SetAttendanceAsync(Guid id, AttendanceInput input, CancellationToken ct = default);

    Task<ExpertDto> AddExpertAsync(Guid id, string fullName, string? organisation, int version, CancellationToken ct = default);

    /// <summary>Only when both the chair and the deputy are absent.</summary>
    Task<MeetingDto> AppointActingChairAsync(Guid id, ActingChairInput input, CancellationToken ct = default);

    Task<MeetingDto> AppointActingSecretaryAsync(Guid id, ActingSecretaryInput input, CancellationToken ct = default);

    Task<MeetingDto> SetDiscussionAsync(Guid id, string? discussion, int version, CancellationToken ct = default);

    /// <summary>Refused without quorum.</summary>
    Task<DecisionDto> AddDecisionAsync(Guid id, AddDecisionInput input, CancellationToken ct = default);

    /// <summary>Records the vote and computes the outcome; refuses experts, absent members and no quorum.</summary>
    Task<DecisionDto> RecordVotesAsync(Guid decisionId, VotesInput input, CancellationToken ct = default);

    /// <summary>Planned → Held: the minutes get their number for the commission and year.</summary>
    Task<MeetingDto> CloseAsync(Guid id, int version, CancellationToken ct = default);

    /// <summary>The caller signs as the presiding member or the secretary; after both the minutes are locked.</summary>
    Task<MeetingDto> SignAsync(Guid id, int version, CancellationToken ct = default);

    /// <summary>Signed minutes go to the dean's office and the Academic Quality Department.</summary>
    Task<MeetingDto> SendMinutesAsync(Guid id, int version, CancellationToken ct = default);

    Task<MeetingDto> UploadSignedScanAsync(Guid id, UploadFileInput input, CancellationToken ct = default);

    /// <summary>The scanned signed minutes as uploaded; 404 when none was uploaded or the meeting is not visible.</summary>
    Task<FileDownload> DownloadSignedScanAsync(Guid id, CancellationToken ct = default);

    /// <summary>The minutes (хаттама) as a Word document in Kazakh or Russian.</summary>
    Task<FileDownload> GetMinutesAsync(Guid id, MinutesLanguage language, CancellationToken ct = default);
}
