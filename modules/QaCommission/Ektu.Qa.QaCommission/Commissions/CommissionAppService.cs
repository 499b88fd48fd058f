using Ektu.Qa.Identity;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.QaCommission.Documents;
using Ektu.Qa.QaCommission.Permissions;

namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>Composition of the commissions (004 §4).</summary>
internal sealed class CommissionAppService(
    CommissionRepository repo, CommissionAccess access, FileStore files, UploadReader uploads,
        IIdentityIntegrationService identity, Notifier notifier,
    MemberEligibility eligibility,
    ISettingStore settings, AuditContext<QaCommissionContractsModule> audit, ICurrentUser user, IOrganizationScope scopes,
        QaCommissionCalendar calendar) : ICommissionAppService
{
    private const string Entity = "Commission";

    public async Task<IReadOnlyList<CommissionDto>> GetListAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Commissions.Default);
        var list = await repo.ListAsync(await scopes.GetAsync(ct), user.Id ?? Guid.Empty, ct);
        var names = (await identity.GetUnitsAsync(ct)).ToDictionary(u => u.Id, u => u.Name);
        foreach (var c in list) c.SchoolName = names.GetValueOrDefault(c.SchoolUnitId) ?? "";
        return list;
    }

    public async Task<CommissionDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Commissions.Default);
        return await WithNameAsync(await access.LoadVisibleAsync(id, ct), ct);
    }

    public async Task<CommissionDto> CreateAsync(CreateCommissionInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Commissions.Manage);
        var unit = (await identity.GetUnitsAsync(ct)).FirstOrDefault(u => u.Id == input.SchoolUnitId);
        var check = new Check()
            .That(input.SchoolUnitId != Guid.Empty, nameof(input.SchoolUnitId), ErrorCodes.Required)
            .Required(nameof(input.OrderNumber), input.OrderNumber, QaCommissionConsts.OrderNumberMax)
            .That(input.OrderDate != null, nameof(input.OrderDate), ErrorCodes.Required)
            .That(input.OrderDate == null || input.OrderDate <= calendar.Today, nameof(input.OrderDate), ErrorCodes.InvalidValue);
        if (input.SchoolUnitId != Guid.Empty)
        {
            check.That(unit != null && (await scopes.GetAsync(ct)).Contains(unit.Id), nameof(input.SchoolUnitId),
                QaCommissionErrorCodes.UnitOutOfScope);
            check.That(unit == null || unit.Kind == OrganizationUnitKind.School, nameof(input.SchoolUnitId), QaCommissionErrorCodes.NotSchool);
            check.That(!await repo.ActiveExistsAsync(input.SchoolUnitId, ct), nameof(input.SchoolUnitId), QaCommissionErrorCodes.CommissionExists);
        }
        check.ThrowIfAny();
        var id = Guid.NewGuid();
        await repo.InsertAsync(id, input.SchoolUnitId, input.OrderNumber.Trim(), input.OrderDate!.Value, calendar.UtcNow, audit.By, ct);
        var created = await WithNameAsync((await repo.FindAsync(id, ct))!, ct);
        await audit.WriteAsync(Entity, id, "Created", AuditChanges.Between(null, created), ct, unitId: created.SchoolUnitId);
        return created;
    }

    public async Task<CommissionDto> DissolveAsync(Guid id, DissolveCommissionInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Commissions.Manage);
        var c = await access.LoadWritableAsync(id, ct);
        if (c.State == CommissionState.Dissolved) throw new QaException(QaCommissionErrorCodes.CommissionDissolved, 409);
        new Check()
            .Required(nameof(input.OrderNumber), input.OrderNumber, QaCommissionConsts.OrderNumberMax)
            .That(input.OrderDate != null, nameof(input.OrderDate), ErrorCodes.Required)
            .That(input.OrderDate == null || input.OrderDate >= c.OrderDate, nameof(input.OrderDate), ErrorCodes.InvalidValue)
            .ThrowIfAny();
        await repo.DissolveAsync(id, input.Version, input.OrderNumber.Trim(), input.OrderDate!.Value, calendar.UtcNow, audit.By, ct);
        var after = await WithNameAsync((await repo.FindAsync(id, ct))!, ct);
        await audit.WriteAsync(Entity, id, "Dissolved", AuditChanges.Between(c, after), ct, unitId: c.SchoolUnitId);
        return after;
    }

    public async Task<CommissionDto> UploadOrderAsync(Guid id, UploadFileInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Commissions.Manage);
        var c = await access.LoadWritableAsync(id, ct);
        var (content, kind) = await uploads.ReadAsync(input, ["pdf"], ct);
        var (path, sha) = await files.SaveAsync(content, kind, ct);
        await repo.SetOrderFileAsync(id, input.Version, Path.GetFileName(input.FileName.Trim()), FileInspector.ContentType(kind), sha, path,
            calendar.UtcNow, audit.By, ct);
        var after = await WithNameAsync((await repo.FindAsync(id, ct))!, ct);
        await audit.WriteAsync(Entity, id, "OrderUploaded",
            [.. AuditChanges.Between(c, after), new AuditChange("Sha256", null, sha)], ct, unitId: c.SchoolUnitId);
        return after;
    }

    public async Task<FileDownload> DownloadOrderAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Commissions.Default);
        await access.LoadVisibleAsync(id, ct);
        var f = await repo.OrderFileAsync(id, ct);
        if (f?.StoragePath == null) throw new EntityNotFoundException("OrderFile", id);
        return new FileDownload(f.FileName!, f.ContentType!, files.OpenRead(f.StoragePath));
    }

    public async Task<IReadOnlyList<MemberDto>> GetMembersAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Commissions.Default);
        await access.LoadVisibleAsync(id, ct);
        return await DecorateAsync(await repo.GetMembersAsync(id, ct), ct);
    }

    public async Task<MemberDto> AddMemberAsync(Guid id, SaveMemberInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Members.Manage);
        var c = await access.LoadWritableAsync(id, ct);
        if (c.State == CommissionState.Dissolved) throw new QaException(QaCommissionErrorCodes.CommissionDissolved, 409);
        var today = calendar.Today;
        var start = input.TermStart ?? today;
        var candidate = input.UserId == Guid.Empty ? null : (await identity.GetUsersAsync([input.UserId], ct)).FirstOrDefault();
        var check = new Check()
            .That(input.UserId != Guid.Empty, nameof(input.UserId), ErrorCodes.Required)
            .That(input.UserId == Guid.Empty || candidate != null, nameof(input.UserId), QaCommissionErrorCodes.UnknownUser)
            .That(Enum.IsDefined(input.Kind), nameof(input.Kind), ErrorCodes.InvalidValue)
            .That(input.YearsInHigherEducation is >= 0 and <= 70, nameof(input.YearsInHigherEducation), ErrorCodes.InvalidValue)
            .Optional(nameof(input.CriteriaEvidence), input.CriteriaEvidence, QaCommissionConsts.EvidenceMax)
            .Optional(nameof(input.CriteriaOverrideReason), input.CriteriaOverrideReason, QaCommissionConsts.TextMax);
        check.ThrowIfAny();

        // Hard rules of 004 §4, refused whatever the criteria say.
        if ((await notifier.DeansAsync(c.SchoolUnitId, ct)).Contains(input.UserId)) throw new
            QaException(QaCommissionErrorCodes.DeanCannotBeMember, 409);
        if (input.Kind == MemberKind.Student && await repo.IsOnProgrammeCommitteeAsync(c.SchoolUnitId, input.UserId, ct))
            throw new QaException(QaCommissionErrorCodes.StudentOnProgrammeCommittee, 409);
        var members = await repo.GetMembersAsync(id, ct);
        if (members.Any(m => m.UserId == input.UserId && MemberTerm.IsActiveOn(m.TermStart, m.TermEnd, m.EndedOn, start)))
            throw new QaException(QaCommissionErrorCodes.AlreadyMember, 409);

        // Recommended criteria (students are not staff: the staff criteria do not apply to them).
        var criteria = CandidateCriteria.Evaluate(input.YearsInHigherEducation, input.HasProgrammeExperience, input.PdCompletedOn, today);
        if (input.Kind != MemberKind.Student && criteria.Any(x => !x.Met) && string.IsNullOrWhiteSpace(input.CriteriaOverrideReason))
            throw ValidationException.For(nameof(input.CriteriaOverrideReason), QaCommissionErrorCodes.CriteriaNotMet);

        await repo.TouchAsync(id, input.Version, calendar.UtcNow, audit.By, ct);
        var m = new MemberDto
        {
            Id = Guid.NewGuid(), CommissionId = id, UserId = input.UserId, FullName = candidate!.FullName,
                Role = MemberRole.Member, Kind = input.Kind,
            DepartmentUnitId = input.DepartmentUnitId, TermStart = start, TermEnd = MemberTerm.End(start),
                YearsInHigherEducation = input.YearsInHigherEducation,
            HasProgrammeExperience = input.HasProgrammeExperience, PdCompletedOn = input.PdCompletedOn,
                CriteriaEvidence = input.CriteriaEvidence?.Trim(),
            CriteriaOverrideReason = string.IsNullOrWhiteSpace(input.CriteriaOverrideReason) ? null
                : input.CriteriaOverrideReason.Trim(), Version = 1,
        };
        await repo.InsertMemberAsync(m, calendar.UtcNow, audit.By, ct);
        await audit.WriteAsync("Member", m.Id, "Added", AuditChanges.Between(null, m), ct, unitId: c.SchoolUnitId);
        return (await DecorateAsync([m], ct))[0];
    }

    public async Task<MemberDto> EndMembershipAsync(Guid id, Guid memberId, DateOnly endedOn, int version, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Members.Manage);
        var c = await access.LoadWritableAsync(id, ct);
        var m = await repo.FindMemberAsync(memberId, ct);
        if (m == null || m.CommissionId != id) throw new EntityNotFoundException("Member", memberId);
        if (endedOn < m.TermStart) throw ValidationException.For("EndedOn", ErrorCodes.InvalidValue);
        await repo.EndMemberAsync(memberId, version, endedOn, calendar.UtcNow, audit.By, ct);
        var after = (await repo.FindMemberAsync(memberId, ct))!;
        await audit.WriteAsync("Member", memberId, "Ended", AuditChanges.Between(m, after), ct, unitId: c.SchoolUnitId);
        return (await DecorateAsync([after], ct))[0];
    }

    public async Task<IReadOnlyList<ElectionDto>> GetElectionsAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Commissions.Default);
        await access.LoadVisibleAsync(id, ct);
        return await repo.GetElectionsAsync(id, ct);
    }

    public async Task<ElectionDto> ElectAsync(Guid id, ElectionInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Members.Manage);
        var c = await access.LoadWritableAsync(id, ct);
        if (c.State == CommissionState.Dissolved) throw new QaException(QaCommissionErrorCodes.CommissionDissolved, 409);
        var members = await repo.GetMembersAsync(id, ct);
        var heldOn = input.HeldOn ?? calendar.Today;
        var m = members.FirstOrDefault(x => x.Id == input.MemberId);
        new Check()
            .That(input.Role is MemberRole.Chair or MemberRole.DeputyChair or MemberRole.Secretary, nameof(input.Role), ErrorCodes.InvalidValue)
            .That(input.VotesFor >= 0 && input.VotesAgainst >= 0 && input.VotesAbstain >= 0 && input.VotesFor +
                input.VotesAgainst + input.VotesAbstain > 0,
                nameof(input.VotesFor), QaCommissionErrorCodes.InvalidVoteCounts)
            .That(heldOn <= calendar.Today, nameof(input.HeldOn), ErrorCodes.InvalidValue)
            .ThrowIfAny();
        if (m == null || !MemberTerm.IsActiveOn(m.TermStart, m.TermEnd, m.EndedOn, heldOn)) throw new
            QaException(QaCommissionErrorCodes.NotMember, 409);

        await repo.TouchAsync(id, input.Version, calendar.UtcNow, audit.By, ct);
        var e = new ElectionDto
        {
            Id = Guid.NewGuid(), MemberId = m.Id, Role = input.Role,
                Body = input.Role == MemberRole.Chair ? ElectingBody.SchoolCouncil : ElectingBody.Commission,
            HeldOn = heldOn, VotesFor = input.VotesFor, VotesAgainst = input.VotesAgainst, VotesAbstain = input.VotesAbstain,
            IsElected = ElectionRule.IsElected(input.VotesFor, input.VotesAgainst, input.VotesAbstain),
        };
        await repo.InsertElectionAsync(id, e, calendar.UtcNow, audit.By, ct);
        if (e.IsElected)
        {
            // One holder per role: the previous one goes back to being a member.
            foreach (var prev in members.Where(x => x.Role == input.Role && x.Id != m.Id))
                await repo.SetRoleAsync(prev.Id, MemberRole.Member, null, calendar.UtcNow, audit.By, ct);
            var roleEnd = input.Role == MemberRole.Chair ? m.TermEnd : heldOn.AddYears(QaCommissionConsts.TermYears);
            await repo.SetRoleAsync(m.Id, input.Role, roleEnd, calendar.UtcNow, audit.By, ct);
        }
        await audit.WriteAsync(Entity, id, "Election", AuditChanges.Between(null, e), ct, unitId: c.SchoolUnitId);
        return e;
    }

    public async Task<IReadOnlyList<ProgrammeCommitteeMemberDto>> GetProgrammeCommitteeAsync(Guid schoolUnitId, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Commissions.Default);
        if (!(await scopes.GetAsync(ct)).Contains(schoolUnitId)) throw new EntityNotFoundException("School", schoolUnitId);
        var list = await repo.GetProgrammeCommitteeAsync(schoolUnitId, ct);
        var names = (await identity.GetUsersAsync(list.Select(x => x.UserId).ToList(), ct)).ToDictionary(u => u.Id, u => u.FullName);
        foreach (var x in list) x.FullName = names.GetValueOrDefault(x.UserId) ?? "";
        return list.OrderBy(x => x.FullName, StringComparer.CurrentCulture).ToList();
    }

    public async Task<ProgrammeCommitteeMemberDto> AddProgrammeCommitteeMemberAsync(Guid schoolUnitId, Guid userId, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Commissions.Manage);
        if (!(await scopes.GetAsync(ct)).Contains(schoolUnitId)) throw new EntityNotFoundException("School", schoolUnitId);
        var u = (await identity.GetUsersAsync([userId], ct)).FirstOrDefault() ?? throw ValidationException.For("UserId",
            QaCommissionErrorCodes.UnknownUser);
        var id = Guid.NewGuid();
        await repo.InsertProgrammeCommitteeMemberAsync(id, schoolUnitId, userId, calendar.UtcNow, audit.By, ct);
        var row = (await repo.GetProgrammeCommitteeAsync(schoolUnitId, ct)).Single(x => x.UserId == userId);
        row.FullName = u.FullName;
        await audit.WriteAsync("ProgrammeCommitteeMember", row.Id, "Added", AuditChanges.Between(null, row), ct, unitId: schoolUnitId);
        return row;
    }

    public async Task RemoveProgrammeCommitteeMemberAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Commissions.Manage);
        var row = await repo.FindProgrammeCommitteeMemberAsync(id, ct) ?? throw new EntityNotFoundException("ProgrammeCommitteeMember", id);
        if (!(await scopes.GetAsync(ct)).Contains(row.SchoolUnitId)) throw new EntityNotFoundException("ProgrammeCommitteeMember", id);
        await repo.DeleteProgrammeCommitteeMemberAsync(id, ct);
        await audit.WriteAsync("ProgrammeCommitteeMember", id, "Removed", AuditChanges.Between(row, null), ct, unitId: row.SchoolUnitId);
    }

    private async Task<CommissionDto> WithNameAsync(CommissionDto c, CancellationToken ct)
    {
        c.SchoolName = (await identity.GetUnitsAsync(ct)).FirstOrDefault(u => u.Id == c.SchoolUnitId)?.Name ?? "";
        return c;
    }

    private async Task<IReadOnlyList<MemberDto>> DecorateAsync(IReadOnlyList<MemberDto> members, CancellationToken ct)
    {
        var today = calendar.Today;
        var warning = await settings.GetIntAsync(QaCommissionSettings.TermWarningDays, ct);
        foreach (var m in members)
        {
            m.Criteria = CandidateCriteria.Evaluate(m.YearsInHigherEducation, m.HasProgrammeExperience, m.PdCompletedOn, today);
            m.IsActive = MemberTerm.IsActiveOn(m.TermStart, m.TermEnd, m.EndedOn, today);
            m.TermEndingSoon = m.IsActive && MemberTerm.EndingSoon(m.EndedOn ?? m.TermEnd, today, warning);
        }
        if (members.Count == 0) return members;
        var school = (await repo.FindAsync(members[0].CommissionId, ct))!.SchoolUnitId;
        return await eligibility.MarkAsync(school, members, ct);
    }
}
