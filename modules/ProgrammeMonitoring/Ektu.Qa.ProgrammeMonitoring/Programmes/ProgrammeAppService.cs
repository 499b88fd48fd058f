using Ektu.Qa.Kernel.Paging;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.ProgrammeMonitoring.Permissions;

namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>
/// The register and its versions. Every change writes a new version (an open proposal or a revision of one), never
/// touches an approved one, and leaves an audit entry with the programme's school as its unit.
/// </summary>
internal sealed class ProgrammeAppService(ProgrammeRepository repo, ProgrammeUnits units, IAuditLog audit, ICurrentUser user, IClock clock,
    IUserClock userClock, Approval.ApprovalRepository approvals)
    : IProgrammeAppService
{
    private const string Module = "ProgrammeMonitoring";
    private const string Entity = "Programme";

    private string By => user.UserName ?? "system";

    public async Task<IReadOnlyList<ProgrammeDto>> GetListAsync(ProgrammeListInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        var scope = await units.ScopeAsync(ct);
        var list = await repo.ListAsync(scope.All, scope.UnitIds, input, ct);
        foreach (var p in list) await NameAsync(p, ct);
        return list;
    }

    public async Task<PagedResult<ProgrammeDto>> GetPageAsync(ProgrammeListInput input, int page, int pageSize, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        var scope = await units.ScopeAsync(ct);
        var (number, size, offset) = PagedResult<ProgrammeDto>.Normalize(page, pageSize);
        var (items, total) = await repo.PageAsync(scope.All, scope.UnitIds, input, size, offset, ct);
        foreach (var p in items) await NameAsync(p, ct);
        return new PagedResult<ProgrammeDto>(items, total, number, size);
    }

    public async Task<ProgrammeDetailsDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        var p = await LoadAsync(id, ct);
        return new ProgrammeDetailsDto(p, await repo.VersionsAsync(id, ct), await repo.RegisterEventsAsync(id, ct));
    }

    public async Task<ProgrammeVersionDto> GetVersionAsync(Guid id, int number, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        await LoadAsync(id, ct);
        return await VersionAsync(id, number, ct);
    }

    public async Task<ProgrammeDetailsDto> CreateAsync(ProgrammeContent content, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
        var c = await ValidAsync(content, ct);
        var id = Guid.NewGuid();
        var now = clock.UtcNow;
        await repo.InsertAsync(id, c, now, By, ct);
        await repo.InsertVersionAsync(new ProgrammeVersionDto
        {
            ProgrammeId = id, Number = 1, State = VersionState.Open, Content = c, CreatedAt = now, CreatedBy = By,
        }, ct);
        var after = await LoadAsync(id, ct);
        await audit.WriteAsync(Module, Entity, id, "Created", AuditChanges.Between(null, after), ct, unitId: c.SchoolId);
        return await GetAsync(id, ct);
    }

    public async Task<ProgrammeVersionDto> ProposeAsync(Guid id, int fromNumber, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
        var p = await LoadOpenAsync(id, ct);
        var from = await VersionAsync(id, fromNumber, ct);
        if (from.State != VersionState.Approved) throw new QaException(ProgrammeErrorCodes.ProposalFromApproved, 409, fromNumber);
        var v = await AddVersionAsync(p, from.Content, from.Number, from.Number, null, ct);
        await WriteAuditAsync(p, "VersionProposed", v.Number, ct);
        return v;
    }

    public async Task<ProgrammeVersionDto> ReviseAsync(Guid id, int number, ReviseInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
        var p = await LoadOpenAsync(id, ct);
        var from = await VersionAsync(id, number, ct);
        EnsureOpen(from);
        await EnsureNotInApprovalAsync(id, number, ct);
        var c = await ValidAsync(input.Content, ct);
        new Check().Optional(nameof(input.Note), input.Note, ProgrammeMonitoringConsts.TextMax).ThrowIfAny();
        await repo.SetVersionStateAsync(id, number, VersionState.Replaced, null, null, ct);
        var v = await AddVersionAsync(p, c, from.Number, from.BaseNumber, string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(), ct,
            replaced: 1);
        await WriteAuditAsync(p, "VersionRevised", v.Number, ct);
        return v;
    }

    public async Task<ProgrammeVersionDto> ApproveAsync(Guid id, int number, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Approve);
        var p = await LoadOpenAsync(id, ct);
        await EnsureNotInApprovalAsync(id, number, ct);
        return await ApproveCoreAsync(p, number, ct);
    }

    /// <summary>
    /// The last level of <c>pm-programme-approval</c> approved the version (its service task; the process checked who may
    /// decide, so neither permission nor scope is asked here).
    /// </summary>
    internal async Task ApproveByProcessAsync(Guid id, int number, CancellationToken ct) =>
        await ApproveCoreAsync(await FindAsync(id, ct), number, ct);

    /// <summary>
    /// A level returned the version: it stays as it was reviewed (Replaced), a new open version copied from it carries the
    /// comment for the author to revise and resubmit, and the programme goes back to Draft if it was In approval.
    /// </summary>
    internal async Task<int> ReturnByProcessAsync(Guid id, int number, string? comment, CancellationToken ct)
    {
        var p = await FindAsync(id, ct);
        var from = await VersionAsync(id, number, ct);
        EnsureOpen(from);
        await repo.SetVersionStateAsync(id, number, VersionState.Replaced, null, null, ct);
        var v = await AddVersionAsync(p, from.Content, from.Number, from.BaseNumber, comment, ct, replaced: 1,
            status: p.Status == ProgrammeStatus.InApproval ? ProgrammeStatus.Draft : p.Status);
        await WriteAuditAsync(p, "VersionReturned", v.Number, ct);
        return v.Number;
    }

    /// <summary>A level rejected the version: it is withdrawn and the programme goes back to Draft if it was In approval.</summary>
    internal async Task RejectByProcessAsync(Guid id, int number, CancellationToken ct)
    {
        var p = await FindAsync(id, ct);
        EnsureOpen(await VersionAsync(id, number, ct));
        await repo.SetVersionStateAsync(id, number, VersionState.Withdrawn, null, null, ct);
        var latest = await LatestContentAsync(id, ct);
        var status = p.Status == ProgrammeStatus.InApproval ? ProgrammeStatus.Draft : p.Status;
        await repo.UpdateAsync(new ProgrammeRow(id, latest, status, p.ApprovedNumber, p.LatestNumber, p.OpenProposals - 1),
            p.Version, clock.UtcNow, By, ct);
        await WriteAuditAsync(p, "VersionRejected", number, ct);
    }

    /// <summary>A version was sent for approval: a Draft programme is In approval from now on (an approved one stays in force).</summary>
    internal async Task SubmittedAsync(ProgrammeDto p, int number, CancellationToken ct)
    {
        if (p.Status == ProgrammeStatus.Draft) await SetStatusAsync(p, ProgrammeStatus.InApproval, p.Version, "SubmittedForApproval", ct);
        else await WriteAuditAsync(p, "SubmittedForApproval", number, ct);
    }

    /// <summary>The register's decision recorded by <c>pm-register-change</c>, dated today in the university's time zone.</summary>
    internal async Task RecordRegisterByProcessAsync(Guid id, RegisterEventKind kind, string reference, CancellationToken ct) =>
        await RecordRegisterCoreAsync(await FindAsync(id, ct), new RegisterEventInput(kind, userClock.Today, reference, 0), ct, guard: false);

    /// <summary>A programme the caller may change (Manage permission, own school), for the approval service.</summary>
    internal async Task<ProgrammeDto> LoadForChangeAsync(Guid id, string permission, CancellationToken ct)
    {
        await user.EnsureAsync(permission);
        return await LoadOpenAsync(id, ct);
    }

    internal Task<ProgrammeVersionDto> FindVersionAsync(Guid id, int number, CancellationToken ct) => VersionAsync(id, number, ct);

    internal static void EnsureOpenVersion(ProgrammeVersionDto v) => EnsureOpen(v);

    private async Task<ProgrammeVersionDto> ApproveCoreAsync(ProgrammeDto p, int number, CancellationToken ct)
    {
        var id = p.Id;
        var v = await VersionAsync(id, number, ct);
        EnsureOpen(v);
        // A proposal started from an approved version that another approval has since superseded would silently undo
        // that approval's changes: its author revises a fresh proposal instead.
        if (p.ApprovedNumber != null && v.BaseNumber != p.ApprovedNumber)
            throw new QaException(ProgrammeErrorCodes.StaleProposal, 409, number, p.ApprovedNumber);
        var now = clock.UtcNow;
        if (p.ApprovedNumber is { } previous) await repo.SetVersionStateAsync(id, previous, VersionState.Superseded, null, null, ct);
        await repo.SetVersionStateAsync(id, number, VersionState.Approved, now, By, ct);
        var latest = await LatestContentAsync(id, ct);
        await repo.UpdateAsync(new ProgrammeRow(id, latest, ProgrammeRules.AfterApproval(p.Status), number, p.LatestNumber, p.OpenProposals - 1),
            p.Version, now, By, ct);
        await WriteAuditAsync(p, "VersionApproved", number, ct);
        return await VersionAsync(id, number, ct);
    }

    public async Task<ProgrammeVersionDto> WithdrawAsync(Guid id, int number, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
        var p = await LoadOpenAsync(id, ct);
        EnsureOpen(await VersionAsync(id, number, ct));
        await EnsureNotInApprovalAsync(id, number, ct);
        await repo.SetVersionStateAsync(id, number, VersionState.Withdrawn, null, null, ct);
        var latest = await LatestContentAsync(id, ct);
        await repo.UpdateAsync(new ProgrammeRow(id, latest, p.Status, p.ApprovedNumber, p.LatestNumber, p.OpenProposals - 1),
            p.Version, clock.UtcNow, By, ct);
        await WriteAuditAsync(p, "VersionWithdrawn", number, ct);
        return await VersionAsync(id, number, ct);
    }

    public async Task<VersionDiffDto> DiffAsync(Guid id, int from, int to, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        await LoadAsync(id, ct);
        return VersionDiff.Between(from, (await VersionAsync(id, from, ct)).Content, to, (await VersionAsync(id, to, ct)).Content);
    }

    public async Task<IReadOnlyList<ProposalConflictDto>> GetConflictsAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        await LoadAsync(id, ct);
        var versions = (await repo.VersionsAsync(id, ct)).ToDictionary(v => v.Number);
        var open = versions.Values.Where(v => v.State == VersionState.Open).OrderBy(v => v.Number).ToList();
        ProgrammeContent BaseOf(ProgrammeVersionDto v) => v.BaseNumber is { } b ? versions[b].Content : new ProgrammeContent();
        var conflicts = new List<ProposalConflictDto>();
        for (var i = 0; i < open.Count; i++)
            for (var j = i + 1; j < open.Count; j++)
                conflicts.AddRange(VersionDiff.Conflicts(BaseOf(open[i]), open[i].Content, BaseOf(open[j]), open[j].Content)
                    .Select(c => new ProposalConflictDto(open[i].Number, open[j].Number, c.Path, c.A, c.B)));
        return conflicts;
    }

    public async Task<ProgrammeDto> MoveAsync(Guid id, StatusChangeInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Approve);
        var p = await LoadOpenAsync(id, ct);
        if (!ProgrammeRules.CanMove(p.Status, input.Target))
            throw new QaException(ProgrammeErrorCodes.InvalidTransition, 409, p.Status, input.Target);
        return await SetStatusAsync(p, input.Target, input.Version, "StatusChanged", ct);
    }

    public async Task<ProgrammeDto> RecordRegisterEventAsync(Guid id, RegisterEventInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Approve);
        return await RecordRegisterCoreAsync(await LoadOpenAsync(id, ct), input, ct, guard: true);
    }

    private async Task<ProgrammeDto> RecordRegisterCoreAsync(ProgrammeDto p, RegisterEventInput input, CancellationToken ct, bool guard)
    {
        var id = p.Id;
        new Check().Required(nameof(input.Reference), input.Reference, ProgrammeMonitoringConsts.ReferenceMax)
            .That(Enum.IsDefined(input.Kind), nameof(input.Kind), ErrorCodes.InvalidValue).ThrowIfAny();
        var events = await repo.RegisterEventsAsync(id, ct);
        if (ProgrammeRules.RefuseRegisterEvent(p.Status, events, input.Kind, input.On, userClock.Today) is { } refusal)
            throw new QaException(refusal, 409, p.Status, input.Kind);
        await repo.InsertRegisterEventAsync(id, new RegisterEventDto
        {
            Id = Guid.NewGuid(), Kind = input.Kind, OccurredOn = input.On, Reference = input.Reference.Trim(),
            CreatedAt = clock.UtcNow, CreatedBy = By,
        }, ct);
        var target = ProgrammeRules.AfterRegisterEvent(input.Kind);
        // The process reads the row it changes in the same step: the page's row version guards a person's form only.
        return await SetStatusAsync(p, target, guard ? input.Version : p.Version,
            input.Kind == RegisterEventKind.Included ? "RegisterIncluded" : "RegisterExcluded", ct);
    }

    private async Task<ProgrammeDto> SetStatusAsync(ProgrammeDto p, ProgrammeStatus target, int version, string action, CancellationToken ct)
    {
        var latest = await LatestContentAsync(p.Id, ct);
        await repo.UpdateAsync(new ProgrammeRow(p.Id, latest, target, p.ApprovedNumber, p.LatestNumber, p.OpenProposals),
            version, clock.UtcNow, By, ct);
        var after = await LoadAsync(p.Id, ct);
        await audit.WriteAsync(Module, Entity, p.Id, action, AuditChanges.Between(p, after), ct, unitId: after.SchoolId);
        return after;
    }

    private async Task<ProgrammeVersionDto> AddVersionAsync(ProgrammeDto p, ProgrammeContent c, int parent, int? baseNumber, string? note,
        CancellationToken ct,
        int replaced = 0, ProgrammeStatus? status = null)
    {
        var now = clock.UtcNow;
        var v = new ProgrammeVersionDto
        {
            ProgrammeId = p.Id, Number = p.LatestNumber + 1, ParentNumber = parent, BaseNumber = baseNumber, State = VersionState.Open,
            Note = note, Content = c,
            CreatedAt = now, CreatedBy = By,
        };
        // The register row first: its version guard turns a concurrent change into a 409 before the number is taken.
        await repo.UpdateAsync(new ProgrammeRow(p.Id, c, status ?? p.Status, p.ApprovedNumber, v.Number, p.OpenProposals + 1 - replaced),
            p.Version, now, By, ct);
        await repo.InsertVersionAsync(v, ct);
        return v;
    }

    /// <summary>The content the register lists: the newest version that is open or approved (a withdrawn one is not).</summary>
    private async Task<ProgrammeContent> LatestContentAsync(Guid id, CancellationToken ct) =>
        (await repo.VersionsAsync(id, ct)).First(v => v.State is VersionState.Open or VersionState.Approved || v.Number == 1).Content;

    private async Task WriteAuditAsync(ProgrammeDto before, string action, int number, CancellationToken ct)
    {
        var after = await LoadAsync(before.Id, ct);
        var changes = AuditChanges.Between(before, after)
            .Append(new AuditChange("VersionNumber", null, number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await audit.WriteAsync(Module, Entity, before.Id, action, changes.ToList(), ct, unitId: after.SchoolId);
    }

    private async Task<ProgrammeContent> ValidAsync(ProgrammeContent content, CancellationToken ct)
    {
        var c = ContentRules.Normalize(content);
        var check = ContentRules.Validate(c, new Check());
        await units.CheckAsync(c, check, ct);
        check.ThrowIfAny();
        return c;
    }

    private static void EnsureOpen(ProgrammeVersionDto v)
    {
        if (v.State == VersionState.Approved || v.State == VersionState.Superseded)
            throw new QaException(ProgrammeErrorCodes.VersionFrozen, 409, v.Number);
        if (v.State != VersionState.Open) throw new QaException(ProgrammeErrorCodes.NotOpen, 409, v.Number);
    }

    /// <summary>The version a running approval decides on cannot change under its approvers (409).</summary>
    private async Task EnsureNotInApprovalAsync(Guid id, int number, CancellationToken ct)
    {
        if (await approvals.RunningAsync(id, ct) is { VersionNumber: { } running } && running == number)
            throw new QaException(Approval.ApprovalErrorCodes.Running, 409);
    }

    /// <summary>The programme as the process's service task reads it: no permission or scope (the process decided who acts).</summary>
    private async Task<ProgrammeDto> FindAsync(Guid id, CancellationToken ct) =>
        await NameAsync(await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException(Entity, id), ct);

    private async Task<ProgrammeVersionDto> VersionAsync(Guid id, int number, CancellationToken ct) =>
        await repo.FindVersionAsync(id, number, ct) ?? throw new EntityNotFoundException("ProgrammeVersion", $"{id}/{number}");

    private async Task<ProgrammeDto> LoadOpenAsync(Guid id, CancellationToken ct)
    {
        var p = await LoadAsync(id, ct);
        if (p.Status == ProgrammeStatus.Closed) throw new QaException(ProgrammeErrorCodes.ProgrammeClosed, 409);
        return p;
    }

    private async Task<ProgrammeDto> LoadAsync(Guid id, CancellationToken ct)
    {
        var p = await repo.FindAsync(id, ct);
        if (p == null || !await units.SeesAsync(p.SchoolId, p.DepartmentId, ct)) throw new EntityNotFoundException(Entity, id);
        return await NameAsync(p, ct);
    }

    private async Task<ProgrammeDto> NameAsync(ProgrammeDto p, CancellationToken ct)
    {
        p.SchoolName = await units.NameAsync(p.SchoolId, ct);
        p.DepartmentName = await units.NameAsync(p.DepartmentId, ct);
        return p;
    }
}
