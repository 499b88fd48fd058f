using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Input;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Documents;
using Ektu.Qa.QaCommission.Permissions;

namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>Meetings, agenda and materials, attendance and quorum (004 §5.1, §7.2); votes and minutes are in the other part.</summary>
internal sealed partial class MeetingAppService(
    MeetingRepository repo, CommissionRepository commissions, CommissionAccess access, FileStore files, UploadReader uploads, MinutesWriter writer,
    Notifier notifier, MemberEligibility eligibility, AuditContext<QaCommissionContractsModule> audit, ICurrentUser user,
        QaCommissionCalendar calendar) : IMeetingAppService
{
    private const string Entity = "Meeting";
    private static readonly string[] MaterialKinds = ["pdf", "docx", "xlsx"];

    public async Task<IReadOnlyList<MeetingDto>> GetListAsync(Guid commissionId, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Meetings.Default);
        var c = await access.LoadVisibleAsync(commissionId, ct);
        var members = await MembersAsync(c, ct);
        var list = new List<MeetingDto>();
        foreach (var m in await repo.ListAsync(commissionId, ct))
            list.Add(await ComputeAsync(m, members, await repo.GetAttendanceAsync(m.Id, ct), ct));
        return list;
    }

    public async Task<MeetingDetailsDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Meetings.Default);
        var (m, c) = await LoadVisibleAsync(id, ct);
        return await DetailsAsync(m, c, ct);
    }

    public async Task<MeetingDto> CreateAsync(Guid commissionId, SaveMeetingInput input, CancellationToken ct = default)
    {
        var c = await access.LoadRunnableAsync(commissionId, QaCommissionPermissions.Meetings.Manage, ct);
        new Check()
            .That(input.MeetingDate != null, nameof(input.MeetingDate), ErrorCodes.Required)
            .That(Enum.IsDefined(input.Format), nameof(input.Format), ErrorCodes.InvalidValue)
            .That(input.StartTime == null || TimeOnly.TryParseExact(input.StartTime, "HH:mm", out _),
                nameof(input.StartTime), ErrorCodes.InvalidValue)
            .Optional(nameof(input.Place), input.Place, QaCommissionConsts.PlaceMax)
            .ThrowIfAny();
        var m = new Meeting
        {
            Id = Guid.NewGuid(), CommissionId = commissionId, MeetingDate = input.MeetingDate!.Value,
                StartTime = input.StartTime, Format = input.Format,
            Place = string.IsNullOrWhiteSpace(input.Place) ? null : input.Place.Trim(), State = MeetingState.Planned,
                ReviewsRegister = input.ReviewsRegister,
        };
        m.StampCreated(calendar.UtcNow, audit.By);
        await repo.InsertAsync(m, ct);
        await audit.WriteAsync(Entity, m.Id, "Created", AuditChanges.Between(null, m.ToDto()), ct, unitId: c.SchoolUnitId);
        return await ComputeAsync(m, await MembersAsync(c, ct), [], ct);
    }

    public async Task<MeetingDto> RescheduleAsync(Guid id, RescheduleMeetingInput input, CancellationToken ct = default)
    {
        var (m, c) = await LoadRunnableAsync(id, ct);
        EnsureOpen(m);
        // A decision means the meeting was held that day, even before the minutes are closed: its date is then a fact.
        if ((await repo.GetDecisionsAsync(id, ct)).Count > 0) throw new QaException(QaCommissionErrorCodes.MeetingLocked, 409);
        new Check()
            .That(input.MeetingDate != null, nameof(input.MeetingDate), ErrorCodes.Required)
            .That(input.MeetingDate is not { } d || DateWindow.Contains(d), nameof(input.MeetingDate), ErrorCodes.DateOutOfRange)
            .That(input.StartTime == null || TimeOnly.TryParseExact(input.StartTime, "HH:mm", out _), nameof(input.StartTime),
                ErrorCodes.InvalidValue)
            .ThrowIfAny();
        var before = m.ToDto();
        m.MeetingDate = input.MeetingDate!.Value;
        m.StartTime = string.IsNullOrWhiteSpace(input.StartTime) ? null : input.StartTime;
        await SaveAsync(m, c, before, input.Version, "Rescheduled", ct);
        return await ComputeAsync(m, await MembersAsync(c, ct), await repo.GetAttendanceAsync(id, ct), ct);
    }

    public async Task<AgendaItemDto> AddAgendaItemAsync(Guid id, string title, string? speaker, int version, CancellationToken ct = default)
    {
        var (m, c) = await LoadRunnableAsync(id, ct);
        EnsureOpen(m);
        new Check().Required("Title", title, QaCommissionConsts.TextMax).Optional("Speaker", speaker, QaCommissionConsts.NameMax).ThrowIfAny();
        await TouchAsync(m, version, ct);
        var a = new AgendaItemDto
        {
            Id = Guid.NewGuid(), MeetingId = id, Seq = (await repo.GetAgendaAsync(id, ct)).Count + 1, Title = title.Trim(),
            Speaker = string.IsNullOrWhiteSpace(speaker) ? null : speaker.Trim(),
        };
        await repo.InsertAgendaItemAsync(a, calendar.UtcNow, audit.By, ct);
        await audit.WriteAsync(Entity, id, "AgendaItemAdded", AuditChanges.Between(null, a), ct, unitId: c.SchoolUnitId);
        return a;
    }

    public async Task<MaterialDto> UploadMaterialAsync(Guid id, Guid? agendaItemId, UploadFileInput input, CancellationToken ct = default)
    {
        var (m, c) = await LoadRunnableAsync(id, ct);
        EnsureOpen(m);
        if (agendaItemId is { } ai && (await repo.GetAgendaAsync(id, ct)).All(a => a.Id != ai)) throw new EntityNotFoundException("AgendaItem", ai);
        var (content, kind) = await uploads.ReadAsync(input, MaterialKinds, ct);
        await TouchAsync(m, input.Version, ct);
        var (path, sha) = await files.SaveAsync(content, kind, ct);
        var mat = new MaterialDto
        {
            Id = Guid.NewGuid(), MeetingId = id, AgendaItemId = agendaItemId, FileName = Path.GetFileName(input.FileName.Trim()),
                SizeBytes = content.Length, CreatedAt = calendar.UtcNow,
        };
        await repo.InsertMaterialAsync(mat, FileInspector.ContentType(kind), sha, path, audit.By, ct);
        await audit.WriteAsync(Entity, id, "MaterialUploaded",
            [.. AuditChanges.Between(null, mat), new AuditChange("Sha256", null, sha)], ct, unitId: c.SchoolUnitId);
        return mat;
    }

    public async Task<FileDownload> DownloadMaterialAsync(Guid materialId, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Meetings.Default);
        var f = await repo.FindMaterialFileAsync(materialId, ct) ?? throw new EntityNotFoundException("Material", materialId);
        try
        {
            await LoadVisibleAsync(f.OwnerId, ct);
        }
        catch (EntityNotFoundException)
        {
            throw new EntityNotFoundException("Material", materialId);
        }
        return new FileDownload(f.FileName!, f.ContentType!, files.OpenRead(f.StoragePath!));
    }

    public async Task<MeetingDto> MarkMaterialsSentAsync(Guid id, int version, CancellationToken ct = default)
    {
        var (m, c) = await LoadRunnableAsync(id, ct);
        EnsureOpen(m);
        var before = m.ToDto();
        m.MaterialsSentAt = calendar.UtcNow;
        m.MaterialsSentOn = calendar.Today;
        await SaveAsync(m, c, before, version, "MaterialsSent", ct);
        var members = await MembersAsync(c, ct);
        var dto = await ComputeAsync(m, members, await repo.GetAttendanceAsync(id, ct), ct);
        var recipients = members.Where(x => MemberTerm.IsActiveOn(x.TermStart, x.TermEnd, x.EndedOn, m.MeetingDate)).Select(x => x.UserId);
        await notifier.SendAsync(m.CommissionId, recipients, "MaterialsSent",
            m.MeetingDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Link(m), ct);
        return dto;
    }

    public async Task<MeetingDto> SetAttendanceAsync(Guid id, AttendanceInput input, CancellationToken ct = default)
    {
        var (m, c) = await LoadRunnableAsync(id, ct);
        EnsureOpen(m);
        var members = Counted(await MembersAsync(c, ct), m);
        var ids = members.Select(x => x.Id).ToHashSet();
        var unknown = input.Statuses.Keys.FirstOrDefault(k => !ids.Contains(k));
        if (unknown != Guid.Empty)
        {
            // An invited expert is not a member: attendance of experts is the experts list, and they never count for quorum.
            var isExpert = (await repo.GetExpertsAsync(id, ct)).Any(e => e.Id == unknown);
            var isSuspended = Seated(await MembersAsync(c, ct), m.MeetingDate).Any(x => x.Id == unknown);
            var code = isExpert ? QaCommissionErrorCodes.ExpertHasNoVote
                : isSuspended ? QaCommissionErrorCodes.MemberSuspended
                : QaCommissionErrorCodes.NotMember;
            throw new QaException(code, 409);
        }
        var statuses = members.ToDictionary(x => x.Id, x => input.Statuses.TryGetValue(x.Id, out var s) ? s : AttendanceStatus.Absent);
        await TouchAsync(m, input.Version, ct);
        await repo.ReplaceAttendanceAsync(id, statuses, calendar.UtcNow, audit.By, ct);
        var dto = await ComputeAsync(m, members, await repo.GetAttendanceAsync(id, ct), ct);
        await audit.WriteAsync(Entity, id, "AttendanceRecorded",
            [.. statuses.Select(s => new AuditChange("Attendance:" + s.Key, null, s.Value.ToString())),
                new AuditChange("HasQuorum", null, dto.HasQuorum.ToString())], ct, unitId: c.SchoolUnitId);
        return dto;
    }

    public async Task<ExpertDto> AddExpertAsync(Guid id, string fullName, string? organisation, int version, CancellationToken ct = default)
    {
        var (m, c) = await LoadRunnableAsync(id, ct);
        EnsureOpen(m);
        new Check().Required("FullName", fullName, QaCommissionConsts.NameMax).Optional("Organisation", organisation,
            QaCommissionConsts.ResponsibleMax).ThrowIfAny();
        await TouchAsync(m, version, ct);
        var e = new ExpertDto { Id = Guid.NewGuid(), MeetingId = id, FullName = fullName.Trim(),
            Organisation = string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim() };
        await repo.InsertExpertAsync(e, calendar.UtcNow, audit.By, ct);
        await audit.WriteAsync(Entity, id, "ExpertAdded", AuditChanges.Between(null, e), ct, unitId: c.SchoolUnitId);
        return e;
    }

    public async Task<MeetingDto> AppointActingChairAsync(Guid id, ActingChairInput input, CancellationToken ct = default)
    {
        var (m, c) = await LoadRunnableAsync(id, ct);
        EnsureOpen(m);
        new Check()
            .Required(nameof(input.OrderNumber), input.OrderNumber, QaCommissionConsts.OrderNumberMax)
            .That(input.OrderDate != null, nameof(input.OrderDate), ErrorCodes.Required)
            .ThrowIfAny();
        var members = Counted(await MembersAsync(c, ct), m);
        var attendance = await repo.GetAttendanceAsync(id, ct);
        bool Present(Guid x) => attendance.Any(a => a.MemberId == x && a.Status == AttendanceStatus.Present);
        var chair = members.FirstOrDefault(x => x.Role == MemberRole.Chair)?.Id;
        var deputy = members.FirstOrDefault(x => x.Role == MemberRole.DeputyChair)?.Id;
        if (!Presiding.AppointmentNeeded(chair, deputy, Present)) throw new QaException(QaCommissionErrorCodes.ActingChairNotNeeded, 409);
        if (members.All(x => x.Id != input.MemberId)) throw new QaException(QaCommissionErrorCodes.NotMember, 409);
        var before = m.ToDto();
        m.ActingChairMemberId = input.MemberId;
        m.ActingChairOrderNumber = input.OrderNumber.Trim();
        m.ActingChairOrderDate = input.OrderDate;
        await SaveAsync(m, c, before, input.Version, "ActingChairAppointed", ct);
        return await ComputeAsync(m, members, attendance, ct);
    }

    public async Task<MeetingDto> AppointActingSecretaryAsync(Guid id, ActingSecretaryInput input, CancellationToken ct = default)
    {
        var (m, c) = await LoadRunnableAsync(id, ct);
        if (m.State == MeetingState.Signed) throw new QaException(QaCommissionErrorCodes.MeetingLocked, 409);
        var all = await MembersAsync(c, ct);
        var members = Counted(all, m);
        var attendance = await repo.GetAttendanceAsync(id, ct);
        var dto = await ComputeAsync(m, all, attendance, ct);
        bool Present(Guid x) => attendance.Any(a => a.MemberId == x && a.Status == AttendanceStatus.Present);
        var secretary = members.FirstOrDefault(x => x.Role == MemberRole.Secretary)?.Id;
        // Only for the two cases where the secretary cannot keep the minutes: presiding, or absent.
        if (secretary is { } s && Present(s) && s != dto.PresidingMemberId)
            throw new QaException(QaCommissionErrorCodes.ActingSecretaryNotNeeded, 409);
        if (members.All(x => x.Id != input.MemberId) || !Present(input.MemberId)) throw new QaException(QaCommissionErrorCodes.VoterNotPresent, 409);
        if (input.MemberId == dto.PresidingMemberId) throw new QaException(QaCommissionErrorCodes.SameSignatory, 409);
        var before = m.ToDto();
        m.ActingSecretaryMemberId = input.MemberId;
        await SaveAsync(m, c, before, input.Version, "ActingSecretaryAppointed", ct);
        return await ComputeAsync(m, all, attendance, ct);
    }

    public async Task<MeetingDto> SetDiscussionAsync(Guid id, string? discussion, int version, CancellationToken ct = default)
    {
        var (m, c) = await LoadRunnableAsync(id, ct);
        if (m.State == MeetingState.Signed) throw new QaException(QaCommissionErrorCodes.MeetingLocked, 409);
        new Check().Optional("Discussion", discussion, 8000).ThrowIfAny();
        var before = m.ToDto();
        m.Discussion = string.IsNullOrWhiteSpace(discussion) ? null : discussion.Trim();
        await SaveAsync(m, c, before, version, "DiscussionRecorded", ct);
        return await ComputeAsync(m, await MembersAsync(c, ct), await repo.GetAttendanceAsync(id, ct), ct);
    }

    private static string Link(Meeting m) => "/QaCommission/Meetings/Details?id=" + m.Id;

    private static void EnsureOpen(Meeting m)
    {
        if (m.State != MeetingState.Planned) throw new QaException(QaCommissionErrorCodes.MeetingLocked, 409);
    }

    /// <summary>
    /// Members whose membership covers the meeting date and, while the meeting is open, whom 004 §4 does not bar now
    /// (<see cref="MemberEligibility"/>): the quorum's base and the voters' list. A held meeting keeps the record it was held with.
    /// </summary>
    private static IReadOnlyList<MemberDto> Counted(IReadOnlyList<MemberDto> members, Meeting m) =>
        Seated(members, m.MeetingDate).Where(x => m.State != MeetingState.Planned || x.SuspendedReason == null).ToList();

    /// <summary>Members whose membership covers the meeting date, suspended ones included (shown with their flag).</summary>
    private static IEnumerable<MemberDto> Seated(IReadOnlyList<MemberDto> members, DateOnly day) =>
        members.Where(x => MemberTerm.IsActiveOn(x.TermStart, x.TermEnd, x.EndedOn, day));

    private async Task<IReadOnlyList<MemberDto>> MembersAsync(CommissionDto c, CancellationToken ct) =>
        await eligibility.MarkAsync(c.SchoolUnitId, await commissions.GetMembersAsync(c.Id, ct), ct);

    private async Task<MeetingDto> ComputeAsync(Meeting m, IReadOnlyList<MemberDto> allMembers,
        IReadOnlyList<AttendanceRow> attendance, CancellationToken ct)
    {
        var members = Counted(allMembers, m);
        var ids = members.Select(x => x.Id).ToHashSet();
        bool Present(Guid x) => attendance.Any(a => a.MemberId == x && a.Status == AttendanceStatus.Present);
        var present = members.Count(x => Present(x.Id));
        var dto = m.ToDto();
        dto.MemberCount = members.Count;
        dto.PresentCount = present;
        dto.HasQuorum = Quorum.Has(members.Count, present);
        var workingDays = await calendar.WorkingDaysBeforeAsync(m.MeetingDate, ct);
        dto.MaterialsLate = MaterialsRule.IsLate(m.MaterialsSentOn, m.MeetingDate, workingDays, calendar.Today);
        dto.PresidingMemberId = Presiding.Resolve(
            members.FirstOrDefault(x => x.Role == MemberRole.Chair)?.Id, members.FirstOrDefault(x => x.Role == MemberRole.DeputyChair)?.Id,
            m.ActingChairMemberId is { } a && ids.Contains(a) ? a : null, Present);
        return dto;
    }

    private async Task<MeetingDetailsDto> DetailsAsync(Meeting m, CommissionDto c, CancellationToken ct)
    {
        var members = await MembersAsync(c, ct);
        var attendance = await repo.GetAttendanceAsync(m.Id, ct);
        var votes = await repo.GetVotesAsync(m.Id, ct);
        return new MeetingDetailsDto
        {
            Meeting = await ComputeAsync(m, members, attendance, ct),
            Commission = c,
            Agenda = await repo.GetAgendaAsync(m.Id, ct),
            Materials = await repo.GetMaterialsAsync(m.Id, ct),
            Attendance = Seated(members, m.MeetingDate).Select(x => new AttendanceDto
            {
                MemberId = x.Id, FullName = x.FullName, Role = x.Role, SuspendedReason = m.State == MeetingState.Planned ? x.SuspendedReason : null,
                Status = attendance.FirstOrDefault(a => a.MemberId == x.Id)?.Status ?? AttendanceStatus.Absent,
            }).OrderBy(x => x.Role == MemberRole.Member).ThenBy(x => x.Role).ThenBy(x => x.FullName, StringComparer.CurrentCulture).ToList(),
            Experts = await repo.GetExpertsAsync(m.Id, ct),
            Decisions = (await repo.GetDecisionsAsync(m.Id, ct)).Select(d => d.ToDto()).ToList(),
            Votes = votes.GroupBy(v => v.DecisionId)
                .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<Guid, VoteChoice>)g.ToDictionary(v => v.MemberId, v => v.Choice)),
        };
    }

    private async Task<(Meeting, CommissionDto)> LoadVisibleAsync(Guid id, CancellationToken ct)
    {
        var m = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException(Entity, id);
        try
        {
            return (m, await access.LoadVisibleAsync(m.CommissionId, ct));
        }
        catch (EntityNotFoundException)
        {
            throw new EntityNotFoundException(Entity, id);
        }
    }

    private async Task<(Meeting, CommissionDto)> LoadRunnableAsync(Guid id, CancellationToken ct,
        string permission = QaCommissionPermissions.Meetings.Manage)
    {
        var (m, c) = await LoadVisibleAsync(id, ct);
        return (m, await access.LoadRunnableAsync(m.CommissionId, permission, ct));
    }

    /// <summary>Children of the meeting change under its version: bump it so concurrent edits conflict.</summary>
    private async Task TouchAsync(Meeting m, int expectedVersion, CancellationToken ct)
    {
        m.StampUpdated(calendar.UtcNow, audit.By);
        await repo.UpdateAsync(m, expectedVersion, ct);
    }

    private async Task SaveAsync(Meeting m, CommissionDto c, MeetingDto before, int expectedVersion, string action, CancellationToken ct)
    {
        m.StampUpdated(calendar.UtcNow, audit.By);
        await repo.UpdateAsync(m, expectedVersion, ct);
        await audit.WriteAsync(Entity, m.Id, action, AuditChanges.Between(before, m.ToDto()), ct, unitId: c.SchoolUnitId);
    }
}
