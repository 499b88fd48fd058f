using Ektu.Qa.Identity;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Improvement.Permissions;

namespace Ektu.Qa.Improvement.Capa;

/// <summary>
/// CAPA items of the plans of departments, schools and the university. Visible: the item's unit is in the caller's scope,
/// or the caller owns it. Owners start and implement their own items; raising, editing and the effectiveness check need
/// the manage permission. A source is any registered kind (<see cref="CapaSourceCatalog"/>).
/// </summary>
internal sealed class CapaAppService(
    CapaRepository repo, IUnitDirectory units, CapaSourceCatalog sources, IIdentityIntegrationService identity,
    AuditContext<ImprovementContractsModule> audit,
    ICurrentUser user, ImprovementCalendar calendar, ISettingStore settings)
    : ICapaAppService
{
    private const string Entity = "CapaItem";

    private Guid Me => user.Id ?? Guid.Empty;

    public async Task<IReadOnlyList<CapaItemDto>> GetListAsync(CapaFilter filter, CancellationToken ct = default)
    {
        await user.EnsureAsync(ImprovementPermissions.Capa.Default);
        var items = await VisibleAsync(ct);
        if (filter.UnitId is { } unitId)
        {
            if (!await units.IsVisibleAsync(unitId, ct)) throw new EntityNotFoundException("OrganizationUnit", unitId);
            HashSet<Guid> subtree = filter.UnitOnly ? [unitId] : await units.SubtreeAsync(unitId, ct);
            items = items.Where(i => subtree.Contains(i.UnitId)).ToList();
        }
        if (filter.State is { } state) items = items.Where(i => i.State == state).ToList();
        if (filter.OverdueOnly) items = items.Where(i => i.IsOverdue).ToList();
        if (filter.OpenOnly) items = items.Where(i => i.State != CapaState.Closed).ToList();
        return items;
    }

    public async Task<CapaItemDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(ImprovementPermissions.Capa.Default);
        return await LoadAsync(id, ct);
    }

    public async Task<IReadOnlyList<CapaItemDto>> GetBySourceAsync(string source, Guid sourceId, CancellationToken ct = default)
    {
        await user.EnsureAsync(ImprovementPermissions.Capa.Default);
        var scope = await units.ScopeAsync(ct);
        var items = (await repo.GetBySourceAsync(source, sourceId, ct))
            .Where(i => scope.Contains(i.UnitId) || i.OwnerUserId == Me).ToList();
        return await EnrichAsync(items, ct);
    }

    public async Task<CapaItemDto> CreateAsync(SaveCapaItemInput input, CancellationToken ct = default)
    {
        var item = await NewItemAsync(input, ct);
        await repo.InsertAsync(item, calendar.UtcNow, audit.By, ct);
        return await CreatedAsync(item.Id, ct);
    }

    /// <summary>
    /// The one item of a record: the first one raised from it, else a new one. The sole-source key lets only one insert of
    /// two concurrent ones through; the other then reads the winner's item (a locking read: see <c>ISqlDialect.LockRows</c>).
    /// </summary>
    public async Task<RaisedCapaItem> CreateOnceAsync(SaveCapaItemInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ImprovementPermissions.Capa.Default);
        var sourceId = input.SourceId ?? throw ValidationException.For(nameof(input.SourceId), ErrorCodes.Required);
        // Items raised before the sole-source key existed have none: looked up by their source alone.
        if (await repo.FindFirstBySourceAsync(input.Source, sourceId, false, ct) is { } raised)
            return new RaisedCapaItem(await EnrichAsync(raised, ct), false);
        var item = await NewItemAsync(input, ct);
        if (await repo.InsertSoleAsync(item, calendar.UtcNow, audit.By, ct)) return new RaisedCapaItem(await CreatedAsync(item.Id, ct), true);
        var winner = await repo.FindFirstBySourceAsync(input.Source, sourceId, true, ct)
            ?? throw new InvalidOperationException($"CAPA item of {input.Source} {sourceId} neither inserted nor found.");
        return new RaisedCapaItem(await EnrichAsync(winner, ct), false);
    }

    /// <summary>A new item from <paramref name="input"/>, checked as the CAPA page checks it; not stored yet.</summary>
    private async Task<CapaItemDto> NewItemAsync(SaveCapaItemInput input, CancellationToken ct)
    {
        await user.EnsureAsync(ImprovementPermissions.Capa.Manage);
        await units.EnsureTargetAsync(input.UnitId, nameof(input.UnitId), ct);
        var checkAfter = input.CheckAfterDays ?? await settings.GetIntAsync(CapaSettings.EffectivenessCheckDays, ct);
        await ValidateAsync(input, checkAfter, ct);
        if (sources.Find(input.Source) == null) throw ValidationException.For(nameof(input.Source), CapaErrorCodes.UnknownSource);
        if (input.SourceId is { } sourceId && !await sources.ExistsAsync(input.Source, sourceId, ct))
            throw ValidationException.For(nameof(input.SourceId), CapaErrorCodes.UnknownSource);
        return new CapaItemDto
        {
            Id = Guid.NewGuid(), UnitId = input.UnitId, Source = input.Source, SourceId = input.SourceId, Problem = input.Problem.Trim(),
            RootCause = Trim(input.RootCause), CorrectiveAction = input.CorrectiveAction.Trim(), PreventiveAction = Trim(input.PreventiveAction),
            OwnerUserId = input.OwnerUserId, Deadline = input.Deadline!.Value, CheckAfterDays = checkAfter,
        };
    }

    private async Task<CapaItemDto> CreatedAsync(Guid id, CancellationToken ct)
    {
        var after = (await repo.FindAsync(id, ct))!;
        await audit.WriteAsync(Entity, id, "Created", AuditChanges.Between(null, after), ct, unitId: after.UnitId);
        return await EnrichAsync(after, ct);
    }

    public async Task<CapaItemDto> UpdateAsync(Guid id, SaveCapaItemInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ImprovementPermissions.Capa.Manage);
        var before = await LoadAsync(id, ct);
        if (!await units.IsVisibleAsync(before.UnitId, ct)) throw new EntityNotFoundException(Entity, id);
        if (before.State == CapaState.Closed) throw new QaException(CapaErrorCodes.Closed, 409);
        var checkAfter = input.CheckAfterDays ?? before.CheckAfterDays;
        await ValidateAsync(input, checkAfter, ct);
        var clean = new SaveCapaItemInput
        {
            Problem = input.Problem.Trim(), RootCause = Trim(input.RootCause), CorrectiveAction = input.CorrectiveAction.Trim(),
            PreventiveAction = Trim(input.PreventiveAction), OwnerUserId = input.OwnerUserId,
        };
        await repo.UpdateTextsAsync(id, input.Version, clean, input.Deadline!.Value, checkAfter, calendar.UtcNow, audit.By, ct);
        var after = (await repo.FindAsync(id, ct))!;
        await audit.WriteAsync(Entity, id, "Updated", AuditChanges.Between(before, after), ct, unitId: after.UnitId);
        return await EnrichAsync(after, ct);
    }

    public async Task<CapaItemDto> MoveAsync(Guid id, CapaTransitionInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ImprovementPermissions.Capa.Default);
        var before = await LoadAsync(id, ct);
        var manager = await user.HasPermissionAsync(ImprovementPermissions.Capa.Manage)
            && await units.IsVisibleAsync(before.UnitId, ct);
        var ownerStep = before.OwnerUserId == Me && input.Target is CapaState.InProgress or CapaState.Implemented;
        if (!manager && !ownerStep) throw new QaException(ErrorCodes.Forbidden, 403);
        if (before.State == CapaState.Implemented && input.Target is CapaState.Closed or CapaState.Reopened)
            throw new QaException(CapaErrorCodes.CheckNotDue, 409, before.CheckDueOn!.Value);
        if (!CapaRules.CanMove(before.State, input.Target)) throw new QaException(CapaErrorCodes.InvalidTransition, 409, before.State, input.Target);

        var today = calendar.Today;
        var (implementedOn, checkDueOn, note, closedOn, reopens) =
            (before.ImplementedOn, before.CheckDueOn, before.EffectivenessNote, before.ClosedOn, before.ReopenCount);
        switch (input.Target)
        {
            case CapaState.Implemented:
                implementedOn = today;
                checkDueOn = CapaRules.CheckDue(today, before.CheckAfterDays);
                break;
            case CapaState.Closed or CapaState.Reopened:
                new Check().Required(nameof(input.Note), input.Note, ImprovementConsts.LongTextMax).ThrowIfAny();
                note = input.Note!.Trim();
                if (input.Target == CapaState.Closed)
                {
                    closedOn = today;
                }
                else
                {
                    // An ineffective action is worked on again; the next implementation starts a new check period.
                    reopens++;
                    implementedOn = null;
                    checkDueOn = null;
                }
                break;
        }
        var change = new CapaStateChange(input.Target, implementedOn, checkDueOn, note, closedOn, reopens);
        await repo.UpdateStateAsync(id, input.Version, change, calendar.UtcNow, audit.By, ct);
        var after = (await repo.FindAsync(id, ct))!;
        await audit.WriteAsync(Entity, id, "State" + input.Target, AuditChanges.Between(before, after), ct, unitId: after.UnitId);
        return await EnrichAsync(after, ct);
    }

    public async Task<IReadOnlyList<CapaUnitSummaryDto>> GetSummaryAsync(Guid unitId, CancellationToken ct = default)
    {
        await user.EnsureAsync(ImprovementPermissions.Capa.Default);
        if (!await units.IsVisibleAsync(unitId, ct)) throw new EntityNotFoundException("OrganizationUnit", unitId);
        var subtree = await units.SubtreeAsync(unitId, ct);
        var items = (await VisibleAsync(ct)).Where(i => subtree.Contains(i.UnitId));
        return items.GroupBy(i => i.UnitId).Select(g => new CapaUnitSummaryDto
        {
            UnitId = g.Key, UnitName = g.First().UnitName,
            Open = g.Count(i => i.State == CapaState.Open), InProgress = g.Count(i => i.State == CapaState.InProgress),
            Implemented = g.Count(i => i.State == CapaState.Implemented),
            CheckDue = g.Count(i => i.State == CapaState.EffectivenessCheckDue),
            Closed = g.Count(i => i.State == CapaState.Closed), Reopened = g.Count(i => i.State == CapaState.Reopened),
            Overdue = g.Count(i => i.IsOverdue), Total = g.Count(),
        }).OrderBy(s => s.UnitName, StringComparer.CurrentCulture).ToList();
    }

    private async Task<List<CapaItemDto>> VisibleAsync(CancellationToken ct)
    {
        var scope = await units.ScopeAsync(ct);
        return await EnrichAsync(await repo.GetAsync(scope.All, scope.UnitIds, Me, ct), ct);
    }

    private async Task<CapaItemDto> LoadAsync(Guid id, CancellationToken ct)
    {
        var c = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException(Entity, id);
        if (c.OwnerUserId != Me) await units.EnsureVisibleAsync(c.UnitId, Entity, id, ct);
        return await EnrichAsync(c, ct);
    }

    private async Task ValidateAsync(SaveCapaItemInput input, int checkAfter, CancellationToken ct)
    {
        var check = new Check()
            .Required(nameof(input.Problem), input.Problem, ImprovementConsts.LongTextMax)
            .Optional(nameof(input.RootCause), input.RootCause, ImprovementConsts.LongTextMax)
            .Required(nameof(input.CorrectiveAction), input.CorrectiveAction, ImprovementConsts.LongTextMax)
            .Optional(nameof(input.PreventiveAction), input.PreventiveAction, ImprovementConsts.LongTextMax)
            .That(input.Deadline != null, nameof(input.Deadline), ErrorCodes.Required)
            .That(checkAfter is >= 1 and <= 730, nameof(input.CheckAfterDays), ErrorCodes.InvalidValue);
        if (input.OwnerUserId == Guid.Empty) check.Add(nameof(input.OwnerUserId), ErrorCodes.Required);
        else if ((await identity.GetUsersAsync([input.OwnerUserId], ct)).Count == 0)
            check.Add(nameof(input.OwnerUserId), CapaErrorCodes.UnknownOwner);
        check.ThrowIfAny();
    }

    private async Task<CapaItemDto> EnrichAsync(CapaItemDto item, CancellationToken ct) => (await EnrichAsync([item], ct))[0];

    private async Task<List<CapaItemDto>> EnrichAsync(IReadOnlyList<CapaItemDto> items, CancellationToken ct)
    {
        var today = calendar.Today;
        var names = await units.UserNamesAsync(items.Select(i => i.OwnerUserId), ct);
        foreach (var i in items)
        {
            i.State = CapaRules.Current(i.StoredState, i.CheckDueOn, today);
            i.IsOverdue = CapaRules.IsOverdue(i.State, i.Deadline, today);
            i.UnitName = await units.NameAsync(i.UnitId, ct);
            i.OwnerName = names.GetValueOrDefault(i.OwnerUserId, "");
        }
        return [.. items];
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
