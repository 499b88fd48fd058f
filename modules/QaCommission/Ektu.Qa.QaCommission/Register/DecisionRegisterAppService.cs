using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Documents;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.Permissions;

namespace Ektu.Qa.QaCommission.Register;

/// <summary>The decisions register, status requests, the non-execution ladder and the commission dashboard (004 §7.4–7.5).</summary>
internal sealed class DecisionRegisterAppService(
    MeetingRepository meetings, CommissionRepository commissions, RegisterRepository repo, FollowUpRunner runner,
        CommissionAccess access, FileStore files,
    UploadReader uploads, IIdentityIntegrationService identity, ISettingStore settings, IAuditLog audit, ICurrentUser user, IOrganizationScope scopes,
    QaCommissionCalendar calendar) : IDecisionRegisterAppService
{
    private const string Module = "QaCommission";

    private string By => user.UserName ?? "system";

    public async Task<IReadOnlyList<RegisterEntryDto>> GetRegisterAsync(Guid commissionId, bool overdueOnly = false, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Decisions.Default);
        await access.LoadVisibleAsync(commissionId, ct);
        var today = calendar.Today;
        var list = new List<RegisterEntryDto>();
        var meetingRows = (await meetings.ListAsync(commissionId, ct)).ToDictionary(m => m.Id);
        var violations = (await repo.GetCommissionViolationsAsync(commissionId, ct)).ToLookup(v => v.DecisionId);
        var users =
            (await identity.GetUsersAsync((await AdoptedAsync(commissionId, ct)).Where(d => d.ExecutorUserId != null)
            .Select(d => d.ExecutorUserId!.Value).Distinct().ToList(), ct))
            .ToDictionary(u => u.Id, u => u.FullName);
        var units = (await identity.GetUnitsAsync(ct)).ToDictionary(u => u.Id, u => u.Name);
        foreach (var d in await AdoptedAsync(commissionId, ct))
        {
            var m = meetingRows[d.MeetingId];
            var e = new RegisterEntryDto
            {
                Decision = d.ToDto(), MeetingDate = m.MeetingDate, MinutesNumber = m.MinutesNumber,
                ExecutorName = d.ExecutorUserId is { } u ? users.GetValueOrDefault(u) : d.ExecutorUnitId is { } o ? units.GetValueOrDefault(o) : null,
                IsOverdue = d.ExecutionStatus != ExecutionStatus.Executed && d.Deadline is { } dl && dl < today,
                Violations = violations[d.Id].Count(), LastStep = violations[d.Id].LastOrDefault()?.Step,
            };
            if (!overdueOnly || e.IsOverdue) list.Add(e);
        }
        return list;
    }

    public async Task<RegisterEntryDto> UpdateAsync(Guid decisionId, UpdateRegisterEntryInput input, CancellationToken ct = default)
    {
        var (d, unitId) = await LoadDecisionAsync(decisionId, QaCommissionPermissions.Decisions.Manage, ct);
        if (d.Outcome != DecisionOutcome.Adopted) throw new QaException(QaCommissionErrorCodes.NotInRegister, 409);
        new Check()
            .That(Enum.IsDefined(input.Status), nameof(input.Status), ErrorCodes.InvalidValue)
            .Require(input.ExecutorUserId, input.ExecutorUnitId, input.Deadline, input.ReportForm,
                (await meetings.FindAsync(d.MeetingId, ct))!.MeetingDate)
            .Optional(nameof(input.ExecutionNote), input.ExecutionNote, QaCommissionConsts.LongTextMax)
            .ThrowIfAny();
        var before = d.ToDto();
        d.ExecutorUserId = input.ExecutorUserId;
        d.ExecutorUnitId = input.ExecutorUnitId;
        d.Deadline = input.Deadline;
        d.ReportForm = input.ReportForm!.Trim();
        if (input.Status == ExecutionStatus.Executed && d.ExecutionStatus != ExecutionStatus.Executed) d.ExecutedOn = calendar.Today;
        if (input.Status != ExecutionStatus.Executed) d.ExecutedOn = null;
        d.ExecutionStatus = input.Status;
        d.ExecutionNote = string.IsNullOrWhiteSpace(input.ExecutionNote) ? null : input.ExecutionNote.Trim();
        d.StampUpdated(calendar.UtcNow, By);
        await meetings.UpdateDecisionAsync(d, input.Version, ct);
        await audit.WriteAsync(Module, "Decision", d.Id, "RegisterUpdated", AuditChanges.Between(before, d.ToDto()), ct, unitId: unitId);
        return (await GetRegisterAsync(d.CommissionId, false, ct)).Single(e => e.Decision.Id == d.Id);
    }

    public async Task<IReadOnlyList<ExecutionEvidenceDto>> GetEvidenceAsync(Guid decisionId, CancellationToken ct = default)
    {
        var (d, _) = await LoadDecisionAsync(decisionId, null, ct);
        return await repo.GetEvidenceAsync(d.Id, ct);
    }

    public async Task<FileDownload> DownloadEvidenceAsync(Guid evidenceId, CancellationToken ct = default)
    {
        var f = await repo.FindEvidenceFileAsync(evidenceId, ct);
        if (f?.StoragePath == null) throw new EntityNotFoundException("Evidence", evidenceId);
        try
        {
            await LoadDecisionAsync(f.OwnerId, null, ct);
        }
        catch (EntityNotFoundException)
        {
            throw new EntityNotFoundException("Evidence", evidenceId);
        }
        return new FileDownload(f.FileName!, f.ContentType!, files.OpenRead(f.StoragePath));
    }

    public async Task<ExecutionEvidenceDto> AddEvidenceAsync(Guid decisionId, string? note, UploadFileInput? file, CancellationToken ct = default)
    {
        var (d, unitId) = await LoadDecisionAsync(decisionId, null, ct);
        if (!await MayReportAsync(d, ct)) throw new QaException(ErrorCodes.Forbidden, 403);
        new Check().Optional("Note", note, QaCommissionConsts.LongTextMax).That(!string.IsNullOrWhiteSpace(note) || file?.Content != null, "Note",
            ErrorCodes.Required).ThrowIfAny();
        string? contentType = null, sha = null, path = null, name = null;
        if (file?.Content != null)
        {
            var (content, kind) = await uploads.ReadAsync(file, ["pdf", "docx", "xlsx"], ct);
            (path, sha) = await files.SaveAsync(content, kind, ct);
            contentType = FileInspector.ContentType(kind);
            name = Path.GetFileName(file.FileName.Trim());
        }
        var e = new ExecutionEvidenceDto { Id = Guid.NewGuid(), DecisionId = d.Id, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            FileName = name, CreatedAt = calendar.UtcNow, CreatedBy = By };
        await repo.InsertEvidenceAsync(e, contentType, sha, path, ct);
        await audit.WriteAsync(Module, "Decision", d.Id, "EvidenceAdded", AuditChanges.Between(null, e), ct, unitId: unitId);
        return e;
    }

    public async Task<int> GenerateQuarterlyRequestsAsync(DateOnly quarterEnd, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Decisions.Manage);
        if (!Quarters.IsQuarterEnd(quarterEnd)) throw ValidationException.For("QuarterEnd", ErrorCodes.InvalidValue);
        return await runner.GenerateQuarterlyRequestsAsync(quarterEnd, await scopes.GetAsync(ct), By, ct);
    }

    public async Task<IReadOnlyList<StatusRequestDto>> GetMyRequestsAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Decisions.Respond);
        var scope = await scopes.GetAsync(ct);
        var rows = await repo.GetRequestsForAsync(user.Id ?? Guid.Empty, scope.ForSql(), ct);
        return rows.OrderBy(r => r.RespondedAt != null).ThenByDescending(r => r.QuarterEnd).ToList();
    }

    public async Task<IReadOnlyList<StatusRequestDto>> GetRequestsAsync(Guid commissionId, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Decisions.Default);
        await access.LoadVisibleAsync(commissionId, ct);
        return await repo.GetRequestsAsync(commissionId, ct);
    }

    public async Task<StatusRequestDto> RespondAsync(Guid requestId, string response, int version, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Decisions.Respond);
        var r = await repo.FindRequestAsync(requestId, ct) ?? throw new EntityNotFoundException("StatusRequest", requestId);
        var scope = await scopes.GetAsync(ct);
        var mine = r.ExecutorUserId == user.Id || (r.ExecutorUnitId is { } u && scope.Contains(u));
        if (!mine) throw new EntityNotFoundException("StatusRequest", requestId);
        if (r.RespondedAt != null) throw new QaException(QaCommissionErrorCodes.AlreadyAnswered, 409);
        new Check().Required("Response", response, QaCommissionConsts.LongTextMax).ThrowIfAny();
        await repo.AnswerRequestAsync(requestId, version, response.Trim(), calendar.UtcNow, By, ct);
        var after = (await repo.FindRequestAsync(requestId, ct))!;
        await audit.WriteAsync(Module, "StatusRequest", requestId, "Answered", AuditChanges.Between(r, after), ct);
        return after;
    }

    public async Task<ViolationDto> RecordViolationAsync(Guid decisionId, ViolationKind kind, string? note, CancellationToken ct = default)
    {
        var (d, _) = await LoadDecisionAsync(decisionId, QaCommissionPermissions.Decisions.Manage, ct);
        if (d.Outcome != DecisionOutcome.Adopted) throw new QaException(QaCommissionErrorCodes.NotInRegister, 409);
        if (!Enum.IsDefined(kind)) throw ValidationException.For("Kind", ErrorCodes.InvalidValue);
        new Check().Optional("Note", note, QaCommissionConsts.TextMax).ThrowIfAny();
        return await runner.RecordViolationAsync(d, kind, note, By, ct);
    }

    public async Task<int> ScanOverdueAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Decisions.Manage);
        return await runner.ScanOverdueAsync(await scopes.GetAsync(ct), By, ct);
    }

    public async Task<IReadOnlyList<ViolationDto>> GetViolationsAsync(Guid decisionId, CancellationToken ct = default)
    {
        var (d, _) = await LoadDecisionAsync(decisionId, null, ct);
        return await repo.GetViolationsAsync(d.Id, ct);
    }

    public async Task<ViolationDto> RecordInquiryAsync(Guid violationId, string orderNumber, DateOnly orderDate, int version,
        CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Decisions.Inquire);
        var v = await repo.FindViolationAsync(violationId, ct) ?? throw new EntityNotFoundException("Violation", violationId);
        var d = await meetings.FindDecisionAsync(v.DecisionId, ct) ?? throw new EntityNotFoundException("Violation", violationId);
        Guid unitId;
        try
        {
            unitId = (await access.LoadWritableAsync(d.CommissionId, ct)).SchoolUnitId;
        }
        catch (EntityNotFoundException)
        {
            throw new EntityNotFoundException("Violation", violationId);
        }
        if (v.Step != LadderStep.OfficialInquiry) throw new QaException(QaCommissionErrorCodes.InquiryNotDue, 409);
        new Check().Required("OrderNumber", orderNumber, QaCommissionConsts.OrderNumberMax).That(orderDate <= calendar.Today, "OrderDate",
            ErrorCodes.InvalidValue).ThrowIfAny();
        await repo.RecordInquiryAsync(violationId, version, orderNumber.Trim(), orderDate, calendar.UtcNow, By, ct);
        var after = (await repo.FindViolationAsync(violationId, ct))!;
        await audit.WriteAsync(Module, "Decision", d.Id, "InquiryOpened", AuditChanges.Between(v, after), ct, unitId: unitId);
        return after;
    }

    public async Task<IReadOnlyList<NoticeDto>> GetMyNoticesAsync(CancellationToken ct = default) =>
        user.Id is { } me ? await repo.GetNoticesAsync(me, ct) : [];

    public async Task<CommissionDashboardDto> GetDashboardAsync(Guid commissionId, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Commissions.Default);
        var c = await access.LoadVisibleAsync(commissionId, ct);
        var today = calendar.Today;
        var all = await meetings.ListAsync(commissionId, ct);
        var held = all.Where(m => m.State != MeetingState.Planned).OrderBy(m => m.MeetingDate).ToList();
        var planned = all.Where(m => m.State == MeetingState.Planned && m.MeetingDate >= today).OrderBy(m => m.MeetingDate).ToList();
        var members = await commissions.GetMembersAsync(commissionId, ct);
        var history = new List<QuorumPoint>();
        var late = 0;
        foreach (var m in held)
        {
            var counted = members.Where(x => MemberTerm.IsActiveOn(x.TermStart, x.TermEnd, x.EndedOn, m.MeetingDate)).Select(x => x.Id).ToHashSet();
            var present = (await meetings.GetAttendanceAsync(m.Id, ct))
                .Count(a => a.Status == AttendanceStatus.Present && counted.Contains(a.MemberId));
            history.Add(new QuorumPoint(m.MeetingDate, counted.Count, present, Quorum.Has(counted.Count, present)));
            if (MaterialsRule.IsLate(m.MaterialsSentOn, m.MeetingDate, await calendar.WorkingDaysBeforeAsync(m.MeetingDate, ct), today)) late++;
        }
        var last = held.LastOrDefault()?.MeetingDate;
        var next = planned.FirstOrDefault()?.MeetingDate;
        var since = last ?? c.OrderDate;
        // Overdue now, or the next planned meeting already falls after the two-month limit (plan and reality).
        var meetingOverdue = MeetingCadence.GapExceeded(since, today) || (next is { } n && MeetingCadence.GapExceeded(since, n));
        var lastReview = held.LastOrDefault(m => m.ReviewsRegister)?.MeetingDate;
        var open = await runner.OpenDecisionsAsync(commissionId, ct);
        var warning = await settings.GetIntAsync(QaCommissionSettings.TermWarningDays, ct);
        var requests = await repo.GetRequestsAsync(commissionId, ct);
        return new CommissionDashboardDto
        {
            CommissionId = commissionId, LastMeeting = last, NextMeeting = next, MeetingOverdue = c.State == CommissionState.Active && meetingOverdue,
            CadenceGaps = MeetingCadence.CountGaps(held.Select(m => m.MeetingDate).Concat(planned.Select(m => m.MeetingDate))),
            QuorumHistory = history, OpenDecisions = open.Count, OverdueDecisions = open.Count(d => d.Deadline is { } dl && dl < today),
            LastRegisterReview = lastReview,
                RegisterReviewOverdue = c.State == CommissionState.Active && MeetingCadence.RegisterReviewOverdue(lastReview, c.OrderDate, today),
            TermsEndingSoon = members.Count(x =>
                MemberTerm.IsActiveOn(x.TermStart, x.TermEnd, x.EndedOn, today) && MemberTerm.EndingSoon(x.EndedOn ?? x.TermEnd, today, warning)),
            MeetingsWithLateMaterials = late, UnansweredRequests = requests.Count(r => r.RespondedAt == null),
        };
    }

    private async Task<IReadOnlyList<Decision>> AdoptedAsync(Guid commissionId, CancellationToken ct) =>
        (await runner.OpenDecisionsAsync(commissionId, ct)).Concat(await ExecutedAsync(commissionId, ct))
            .OrderBy(d => d.CreatedAt).ThenBy(d => d.Seq).ToList();

    private async Task<IReadOnlyList<Decision>> ExecutedAsync(Guid commissionId, CancellationToken ct)
    {
        var list = new List<Decision>();
        foreach (var m in await meetings.ListAsync(commissionId, ct))
            list.AddRange((await meetings.GetDecisionsAsync(m.Id, ct))
                .Where(d => d.Outcome == DecisionOutcome.Adopted && d.ExecutionStatus == ExecutionStatus.Executed));
        return list;
    }

    /// <summary>The executor (or someone whose scope covers the executor unit) may add evidence; so may the register's keepers.</summary>
    private async Task<bool> MayReportAsync(Decision d, CancellationToken ct)
    {
        if (d.ExecutorUserId == user.Id && await user.HasPermissionAsync(QaCommissionPermissions.Decisions.Respond)) return true;
        if (d.ExecutorUnitId is { } u && (await scopes.GetAsync(ct)).Contains(u)
            && await user.HasPermissionAsync(QaCommissionPermissions.Decisions.Respond)) return true;
        return await user.HasPermissionAsync(QaCommissionPermissions.Decisions.Manage) || await access.IsOfficerAsync(d.CommissionId, ct);
    }

    /// <summary>The decision and its commission's school unit (the unit its audit entries carry).</summary>
    private async Task<(Decision Decision, Guid UnitId)> LoadDecisionAsync(Guid id, string? permission, CancellationToken ct)
    {
        var d = await meetings.FindDecisionAsync(id, ct) ?? throw new EntityNotFoundException("Decision", id);
        try
        {
            if (permission == null)
            {
                await user.EnsureAsync(QaCommissionPermissions.Decisions.Default);
                return (d, (await access.LoadVisibleAsync(d.CommissionId, ct)).SchoolUnitId);
            }
            return (d, (await access.LoadRunnableAsync(d.CommissionId, permission, ct)).SchoolUnitId);
        }
        catch (EntityNotFoundException)
        {
            throw new EntityNotFoundException("Decision", id);
        }
    }
}
