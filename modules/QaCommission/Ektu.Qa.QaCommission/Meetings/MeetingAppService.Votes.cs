using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Permissions;
using Ektu.Qa.QaCommission.Register;

namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>Decisions and the open vote (004 §7.3), closing, signing and sending the minutes.</summary>
internal sealed partial class MeetingAppService
{
    public async Task<DecisionDto> AddDecisionAsync(Guid id, AddDecisionInput input, CancellationToken ct = default)
    {
        var (m, c) = await LoadRunnableAsync(id, ct);
        EnsureOpen(m);
        new Check()
            .Required(nameof(input.Text), input.Text, QaCommissionConsts.LongTextMax)
            .Require(input.ExecutorUserId, input.ExecutorUnitId, input.Deadline, input.ReportForm, m.MeetingDate)
            .ThrowIfAny();
        if (input.AgendaItemId is { } ai && (await repo.GetAgendaAsync(id, ct)).All(a => a.Id != ai)) throw new
            EntityNotFoundException("AgendaItem", ai);
        var dto = await ComputeAsync(m, await MembersAsync(c, ct), await repo.GetAttendanceAsync(id, ct), ct);
        if (!dto.HasQuorum) throw new QaException(QaCommissionErrorCodes.NoQuorum, 409, dto.PresentCount, dto.MemberCount);
        await TouchAsync(m, input.Version, ct);
        var d = new Decision
        {
            Id = Guid.NewGuid(), CommissionId = m.CommissionId, MeetingId = id, AgendaItemId = input.AgendaItemId,
                Seq = (await repo.GetDecisionsAsync(id, ct)).Count + 1,
            Text = input.Text.Trim(), Outcome = DecisionOutcome.NotVoted, ExecutorUserId = input.ExecutorUserId,
                ExecutorUnitId = input.ExecutorUnitId,
            Deadline = input.Deadline, ReportForm = input.ReportForm!.Trim(), ExecutionStatus = ExecutionStatus.Open,
        };
        d.StampCreated(calendar.UtcNow, audit.By);
        await repo.InsertDecisionAsync(d, ct);
        await audit.WriteAsync("Decision", d.Id, "Created", AuditChanges.Between(null, d.ToDto()), ct, unitId: c.SchoolUnitId);
        return d.ToDto();
    }

    public async Task<DecisionDto> RecordVotesAsync(Guid decisionId, VotesInput input, CancellationToken ct = default)
    {
        var d = await repo.FindDecisionAsync(decisionId, ct) ?? throw new EntityNotFoundException("Decision", decisionId);
        Meeting m;
        CommissionDto c;
        try
        {
            (m, c) = await LoadRunnableAsync(d.MeetingId, ct, QaCommissionPermissions.Votes.Record);
        }
        catch (EntityNotFoundException)
        {
            throw new EntityNotFoundException("Decision", decisionId);
        }
        EnsureOpen(m);
        // Votes are taken at the meeting, so not before its day has come.
        if (m.MeetingDate > calendar.Today) throw new QaException(QaCommissionErrorCodes.MeetingNotTakenPlace, 409, m.MeetingDate);
        var all = await MembersAsync(c, ct);
        var members = Counted(all, m);
        var attendance = await repo.GetAttendanceAsync(m.Id, ct);
        var dto = await ComputeAsync(m, all, attendance, ct);
        if (!dto.HasQuorum) throw new QaException(QaCommissionErrorCodes.NoQuorum, 409, dto.PresentCount, dto.MemberCount);
        var experts = (await repo.GetExpertsAsync(m.Id, ct)).Select(e => e.Id).ToHashSet();
        var present = members.Where(x => attendance.Any(a => a.MemberId == x.Id && a.Status == AttendanceStatus.Present))
            .Select(x => x.Id).ToHashSet();
        foreach (var voter in input.Votes.Keys)
        {
            // 004 §7.2.2: invited experts attend without a deciding vote.
            if (experts.Contains(voter)) throw new QaException(QaCommissionErrorCodes.ExpertHasNoVote, 409);
            if (all.FirstOrDefault(x => x.Id == voter)?.SuspendedReason != null) throw new QaException(QaCommissionErrorCodes.MemberSuspended, 409);
            if (!present.Contains(voter)) throw new QaException(QaCommissionErrorCodes.VoterNotPresent, 409);
            if (!Enum.IsDefined(input.Votes[voter])) throw ValidationException.For("Votes", ErrorCodes.InvalidValue);
        }
        // Everyone taking part is in the base, so an outcome is computed only from a complete vote.
        if (!present.SetEquals(input.Votes.Keys)) throw ValidationException.For("Votes", QaCommissionErrorCodes.VoteMissing);
        if (dto.PresidingMemberId == null) throw new QaException(QaCommissionErrorCodes.NoPresidingMember, 409);

        await TouchAsync(m, input.Version, ct);
        var before = d.ToDto();
        var presidingVote = input.Votes.TryGetValue(dto.PresidingMemberId.Value, out var pv) ? pv : (VoteChoice?)null;
        var (f, a, s, outcome) = VoteTally.Count(input.Votes.Values, presidingVote);
        if (outcome == DecisionOutcome.Adopted)
            new Check().Require(d.ExecutorUserId, d.ExecutorUnitId, d.Deadline, d.ReportForm, m.MeetingDate).ThrowIfAny();
        d.VotesFor = f;
        d.VotesAgainst = a;
        d.VotesAbstain = s;
        d.Outcome = outcome;
        d.StampUpdated(calendar.UtcNow, audit.By);
        await repo.ReplaceVotesAsync(d.Id, input.Votes, calendar.UtcNow, audit.By, ct);
        await repo.UpdateDecisionAsync(d, d.Version, ct);
        await audit.WriteAsync("Decision", d.Id, "Voted",
            [.. AuditChanges.Between(before, d.ToDto()),
                .. input.Votes.Select(v => new AuditChange("Vote:" + v.Key, null, v.Value.ToString()))], ct, unitId: c.SchoolUnitId);
        return d.ToDto();
    }

    public async Task<MeetingDto> CloseAsync(Guid id, int version, CancellationToken ct = default)
    {
        var (m, c) = await LoadRunnableAsync(id, ct);
        if (m.State != MeetingState.Planned) throw new QaException(QaCommissionErrorCodes.InvalidTransition, 409, m.State, MeetingState.Held);
        if (m.MeetingDate > calendar.Today) throw new QaException(QaCommissionErrorCodes.InvalidTransition, 409, m.State, MeetingState.Held);
        var before = m.ToDto();
        m.State = MeetingState.Held;
        m.MinutesYear = m.MeetingDate.Year;
        m.MinutesNumber = await repo.NextMinutesNumberAsync(m.CommissionId, m.MeetingDate.Year, ct);
        await SaveAsync(m, c, before, version, "Held", ct);
        return await ComputeAsync(m, await MembersAsync(c, ct), await repo.GetAttendanceAsync(id, ct), ct);
    }

    public async Task<MeetingDto> SignAsync(Guid id, int version, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Minutes.Sign);
        var (m, c) = await LoadVisibleAsync(id, ct);
        if (m.State != MeetingState.Held) throw new QaException(m.State == MeetingState.Signed ? QaCommissionErrorCodes.AlreadySigned
            : QaCommissionErrorCodes.MeetingNotHeld, 409);
        var members = await MembersAsync(c, ct);
        var dto = await ComputeAsync(m, members, await repo.GetAttendanceAsync(id, ct), ct);
        var me = user.Id ?? Guid.Empty;
        var counted = Counted(members, m);
        var mine = counted.FirstOrDefault(x => x.UserId == me);
        var before = m.ToDto();
        // 004 §7.3.3: «төраға мен хатшы қол қоятын» — two signatures by two different people: the member who presided and
        // the secretary, or the member recorded as acting secretary when the secretary presided or was absent.
        var keeper = m.ActingSecretaryMemberId ?? counted.FirstOrDefault(x => x.Role == MemberRole.Secretary)?.Id;
        if (keeper != null && keeper == dto.PresidingMemberId) throw new QaException(QaCommissionErrorCodes.ActingSecretaryNeeded, 409);
        if (mine != null && mine.Id == dto.PresidingMemberId && m.ChairSignedAt == null)
        {
            m.ChairSignedAt = calendar.UtcNow;
            m.ChairSignedBy = user.UserName;
        }
        else if (mine != null && mine.Id == keeper && m.SecretarySignedAt == null)
        {
            m.SecretarySignedAt = calendar.UtcNow;
            m.SecretarySignedBy = user.UserName;
        }
        else
        {
            throw new QaException(mine != null && (mine.Id == dto.PresidingMemberId || mine.Id == keeper)
                ? QaCommissionErrorCodes.AlreadySigned : QaCommissionErrorCodes.NotSignatory, 409);
        }
        if (m.ChairSignedAt != null && m.SecretarySignedAt != null) m.State = MeetingState.Signed;
        await SaveAsync(m, c, before, version, "Signed", ct);
        return await ComputeAsync(m, members, await repo.GetAttendanceAsync(id, ct), ct);
    }

    public async Task<MeetingDto> SendMinutesAsync(Guid id, int version, CancellationToken ct = default)
    {
        var (m, c) = await LoadRunnableAsync(id, ct);
        if (m.State != MeetingState.Signed) throw new QaException(QaCommissionErrorCodes.MinutesNotSigned, 409);
        var before = m.ToDto();
        m.MinutesSentAt = calendar.UtcNow;
        await SaveAsync(m, c, before, version, "MinutesSent", ct);
        // 004 §6.1.5: approved minutes go to the dean's office and the Academic Quality Department.
        var recipients = (await notifier.DeansAsync(c.SchoolUnitId, ct)).Concat(await notifier.QualityOfficersAsync(c.SchoolUnitId, ct));
        await notifier.SendAsync(c.Id, recipients, "MinutesSent", MinutesTitle(m), Link(m), ct);
        return await ComputeAsync(m, await MembersAsync(c, ct), await repo.GetAttendanceAsync(id, ct), ct);
    }

    public async Task<MeetingDto> UploadSignedScanAsync(Guid id, UploadFileInput input, CancellationToken ct = default)
    {
        var (m, c) = await LoadRunnableAsync(id, ct);
        if (m.State == MeetingState.Planned) throw new QaException(QaCommissionErrorCodes.MeetingNotHeld, 409);
        var (content, kind) = await uploads.ReadAsync(input, ["pdf"], ct);
        var (path, sha) = await files.SaveAsync(content, kind, ct);
        var before = m.ToDto();
        m.ScanFileName = Path.GetFileName(input.FileName.Trim());
        m.ScanSha256 = sha;
        m.ScanStoragePath = path;
        await SaveAsync(m, c, before, input.Version, "ScanUploaded", ct);
        return await ComputeAsync(m, await MembersAsync(c, ct), await repo.GetAttendanceAsync(id, ct), ct);
    }

    public async Task<FileDownload> DownloadSignedScanAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Meetings.Default);
        var (m, c) = await LoadVisibleAsync(id, ct);
        if (m.ScanStoragePath == null) throw new EntityNotFoundException("SignedScan", id);
        return new FileDownload(m.ScanFileName ?? "minutes-signed.pdf", Kernel.Files.FileInspector.ContentType("pdf"),
            files.OpenRead(m.ScanStoragePath));
    }

    public async Task<FileDownload> GetMinutesAsync(Guid id, MinutesLanguage language, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Meetings.Default);
        var (m, c) = await LoadVisibleAsync(id, ct);
        var details = await DetailsAsync(m, c, ct);
        var ms = new MemoryStream();
        await writer.WriteAsync(details, language, ms, ct);
        ms.Position = 0;
        var name = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"minutes-{m.MinutesYear ?? m.MeetingDate.Year}-"
            + $"{m.MinutesNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "draft"}-"
            + $"{language.ToString().ToLowerInvariant()}.docx");
        return new FileDownload(name, Kernel.Files.FileInspector.ContentType("docx"), ms);
    }

    private static string MinutesTitle(Meeting m) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"№{m.MinutesNumber}/{m.MinutesYear} ({m.MeetingDate:yyyy-MM-dd})");
}
