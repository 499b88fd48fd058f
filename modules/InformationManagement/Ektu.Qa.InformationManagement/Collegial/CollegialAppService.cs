using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.InformationManagement.Collegial;

/// <summary>
/// Collegial analyses of the units in the caller's scope and the items of their action plans or road maps. An item is
/// raised in Improvement as a CAPA item of the analysis's unit, owned by the caller: once — an item already linked, or one
/// Improvement already holds a CAPA item for, is returned as it is.
/// </summary>
internal sealed class CollegialAppService(CollegialRepository repo, IUnitDirectory units, ICapaIntegrationService capa,
    AuditContext<InformationManagementContractsModule> audit, ICurrentUser user, IClock clock, IUserClock local) : ICollegialAppService
{
    private const string Entity = "CollegialAnalysis";
    private const string ActionEntity = "CollegialAction";

    public async Task<IReadOnlyList<CollegialAnalysisDto>> GetListAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Collegial.Default);
        var scope = await units.ScopeAsync(ct);
        var list = await repo.ListAsync(scope.All, scope.UnitIds, ct);
        var actions = list.Count == 0 ? [] : await repo.ActionsAsync(list.Select(a => a.Id), ct);
        var names = await units.NamesAsync(ct);
        foreach (var a in list)
        {
            a.UnitName = names.GetValueOrDefault(a.UnitId, "");
            a.Actions = actions.Where(x => x.AnalysisId == a.Id).ToList();
        }
        return list;
    }

    public async Task<CollegialAnalysisDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Collegial.Default);
        return await LoadAsync(id, ct);
    }

    public async Task<CollegialAnalysisDto> CreateAsync(SaveCollegialAnalysisInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Collegial.Manage);
        await units.EnsureTargetAsync(input.UnitId, nameof(input.UnitId), ct);
        Validate(input);
        var id = Guid.NewGuid();
        await repo.InsertAsync(id, Clean(input), clock.UtcNow, audit.By, ct);
        var after = await LoadAsync(id, ct);
        await audit.WriteAsync(Entity, id, "Created", AuditChanges.Between(null, Snapshot(after)), ct, unitId: after.UnitId);
        return after;
    }

    public async Task<CollegialAnalysisDto> UpdateAsync(Guid id, SaveCollegialAnalysisInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Collegial.Manage);
        var before = await LoadAsync(id, ct);
        input.UnitId = before.UnitId;
        Validate(input);
        await repo.UpdateAsync(id, Clean(input), clock.UtcNow, audit.By, ct);
        var after = await LoadAsync(id, ct);
        await audit.WriteAsync(Entity, id, "Updated", AuditChanges.Between(Snapshot(before), Snapshot(after)), ct, unitId: after.UnitId);
        return after;
    }

    public async Task<CollegialActionDto> AddActionAsync(Guid id, SaveCollegialActionInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Collegial.Manage);
        var analysis = await LoadAsync(id, ct);
        new Check()
            .Required(nameof(input.Action), input.Action, InformationManagementConsts.TextMax)
            .Required(nameof(input.Responsible), input.Responsible, InformationManagementConsts.TitleMax)
            .That(input.Deadline != null, nameof(input.Deadline), ErrorCodes.Required)
            .That(input.Deadline == null || input.Deadline >= analysis.HeldOn, nameof(input.Deadline), ErrorCodes.InvalidValue)
            .ThrowIfAny();
        var actionId = Guid.NewGuid();
        var clean = new SaveCollegialActionInput { Action = input.Action.Trim(), Responsible = input.Responsible.Trim(), Deadline = input.Deadline };
        await repo.InsertActionAsync(actionId, id, clean, clock.UtcNow, audit.By, ct);
        var after = (await repo.FindActionAsync(actionId, ct))!;
        await audit.WriteAsync(ActionEntity, actionId, "Created", AuditChanges.Between(null, after), ct, unitId: analysis.UnitId);
        return after;
    }

    public async Task<CollegialActionDto> RaiseCapaAsync(Guid id, Guid actionId, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Collegial.Manage);
        var analysis = await LoadAsync(id, ct);
        var action = await repo.FindActionAsync(actionId, ct);
        if (action == null || action.AnalysisId != id) throw new EntityNotFoundException(ActionEntity, actionId);
        if (action.CapaItemId != null) return action;
        // Improvement may already hold the item of this action (raised before a failed link): that one is linked, not a second.
        var item = (await capa.RaiseOnceAsync(new SaveCapaItemInput
        {
            UnitId = analysis.UnitId, Source = CollegialCapaSources.Action, SourceId = actionId,
            Problem = Short(analysis.Subject), CorrectiveAction = Short(action.Action),
            OwnerUserId = user.Id ?? throw new QaException(ErrorCodes.Forbidden, 403), Deadline = action.Deadline,
        }, ct)).Item;
        await repo.LinkCapaAsync(actionId, action.Version, item.Id, clock.UtcNow, audit.By, ct);
        var after = (await repo.FindActionAsync(actionId, ct))!;
        await audit.WriteAsync(ActionEntity, actionId, "CapaRaised", [new AuditChange("CapaItemId", null, item.Id.ToString())], ct,
            unitId: analysis.UnitId);
        return after;
    }

    private async Task<CollegialAnalysisDto> LoadAsync(Guid id, CancellationToken ct)
    {
        var a = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException(Entity, id);
        await units.EnsureVisibleAsync(a.UnitId, Entity, id, ct);
        a.UnitName = await units.NameAsync(a.UnitId, ct);
        a.Actions = await repo.ActionsAsync([id], ct);
        return a;
    }

    private void Validate(SaveCollegialAnalysisInput i) => new Check()
        .That(Enum.IsDefined(i.Body), nameof(i.Body), ErrorCodes.InvalidValue)
        .That(Enum.IsDefined(i.PlanKind), nameof(i.PlanKind), ErrorCodes.InvalidValue)
        .That(i.HeldOn != null, nameof(i.HeldOn), ErrorCodes.Required)
        .That(i.HeldOn == null || i.HeldOn <= local.Today, nameof(i.HeldOn), CollegialErrorCodes.FutureMeeting)
        .Required(nameof(i.Subject), i.Subject, InformationManagementConsts.TextMax)
        .Required(nameof(i.Decisions), i.Decisions, InformationManagementConsts.AnswerTextMax)
        .ThrowIfAny();

    private static SaveCollegialAnalysisInput Clean(SaveCollegialAnalysisInput i) => new()
    {
        UnitId = i.UnitId, Body = i.Body, HeldOn = i.HeldOn, Subject = i.Subject.Trim(), Decisions = i.Decisions.Trim(), PlanKind = i.PlanKind,
        Version = i.Version,
    };

    /// <summary>The analysis without its items, for the audit's field-by-field difference.</summary>
    private static AnalysisSnapshot Snapshot(CollegialAnalysisDto a) =>
        new AnalysisSnapshot(a.Body.ToString(), a.HeldOn, a.Subject, a.Decisions, a.PlanKind.ToString());

    private static string Short(string text) => text.Length <= 1000 ? text : text[..1000];

    private sealed record AnalysisSnapshot(string Body, DateOnly HeldOn, string Subject, string Decisions, string PlanKind);
}
