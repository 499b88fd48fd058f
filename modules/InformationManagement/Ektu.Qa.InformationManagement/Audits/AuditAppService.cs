using Ektu.Qa.Identity;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>
/// The internal audit programme. Reads need the audits permission and the audited unit in scope; changes need the manage
/// permission. Auditors must not be members of the audited unit (Identity's membership, read again on every plan view so
/// a later move shows); an audit moves one step at a time; a nonconformity is raised as a CAPA item once.
/// </summary>
internal sealed class AuditAppService(AuditRepository repo, IUnitDirectory units, IIdentityIntegrationService identity,
    ICapaIntegrationService capa, AuditReportWriter writer, AuditContext<InformationManagementContractsModule> audit, ICurrentUser user,
    IClock clock) : IAuditAppService
{
    private const string Entity = "InternalAudit";

    public async Task<IReadOnlyList<InternalAuditDto>> GetPlanAsync(int? year, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Audits.Default);
        var scope = await units.ScopeAsync(ct);
        var list = await repo.ListAsync(year, scope.All, scope.UnitIds, ct);
        await EnrichAsync(list, ct);
        return list;
    }

    public async Task<AuditDetailsDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Audits.Default);
        var a = await LoadAsync(id, ct);
        await EnrichAsync([a], ct);
        var findings = await repo.FindingsAsync([id], ct);
        return new AuditDetailsDto(a, await repo.QuestionsAsync(id, ct), findings);
    }

    public async Task<IReadOnlyList<AuditFindingDto>> GetFindingsAsync(int? year, CancellationToken ct = default)
    {
        var plan = await GetPlanAsync(year, ct);
        var byId = plan.ToDictionary(a => a.Id);
        var findings = plan.Count == 0 ? [] : await repo.FindingsAsync(byId.Keys, ct);
        foreach (var f in findings)
        {
            var a = byId[f.AuditId];
            f.AuditTitle = a.Title;
            f.UnitName = a.UnitName;
            f.PlanYear = a.PlanYear;
            f.AuditState = a.State;
        }
        return findings.OrderBy(f => f.PlanYear).ThenBy(f => f.AuditTitle).ThenBy(f => f.Seq).ToList();
    }

    public async Task<Guid> GetAuditOfFindingAsync(Guid findingId, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Audits.Default);
        var f = await repo.FindFindingAsync(findingId, ct) ?? throw new EntityNotFoundException("AuditFinding", findingId);
        return (await LoadAsync(f.AuditId, ct)).Id;
    }

    public async Task<InternalAuditDto> CreateAsync(SaveAuditInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Audits.Manage);
        await units.EnsureTargetAsync(input.UnitId, nameof(input.UnitId), ct);
        var clean = Clean(input);
        await ValidateAsync(clean, ct);
        var id = Guid.NewGuid();
        await repo.InsertAsync(id, clean, clock.UtcNow, audit.By, ct);
        var after = await LoadAsync(id, ct);
        await audit.WriteAsync(Entity, id, "Created", AuditChanges.Between(null, Trail(after, clean.TeamIds)), ct, unitId: after.UnitId);
        return (await GetAsync(id, ct)).Audit;
    }

    public async Task<InternalAuditDto> UpdateAsync(Guid id, SaveAuditInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Audits.Manage);
        var before = await LoadAsync(id, ct);
        if (!AuditRules.IsEditable(before.State)) throw new QaException(AuditErrorCodes.NotEditable, 409);
        var beforeTeam = (await repo.TeamsAsync([id], ct))[id].ToList();
        input.UnitId = before.UnitId;
        var clean = Clean(input);
        await ValidateAsync(clean, ct);
        await repo.UpdateAsync(id, clean, clock.UtcNow, audit.By, ct);
        var after = await LoadAsync(id, ct);
        await audit.WriteAsync(Entity, id, "Updated", AuditChanges.Between(Trail(before, beforeTeam), Trail(after, clean.TeamIds)), ct,
            unitId: after.UnitId);
        return (await GetAsync(id, ct)).Audit;
    }

    public async Task<InternalAuditDto> MoveAsync(Guid id, AuditState to, int version, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Audits.Manage);
        var before = await LoadAsync(id, ct);
        if (!AuditRules.CanMove(before.State, to)) throw new QaException(AuditErrorCodes.StateOrder, 409);
        if (to == AuditState.Closed && (await repo.FindingsAsync([id], ct)).Any(f => f.Class == FindingClass.Nonconformity && f.CapaItemId == null))
            throw new QaException(AuditErrorCodes.NonconformityWithoutCapa, 409);
        await repo.MoveAsync(id, before.State, to, version, clock.UtcNow, audit.By, ct);
        var after = await LoadAsync(id, ct);
        await audit.WriteAsync(Entity, id, "StateChanged", AuditChanges.Between(before, after), ct, unitId: after.UnitId);
        return (await GetAsync(id, ct)).Audit;
    }

    public async Task<ChecklistItemDto> AddQuestionAsync(Guid id, SaveChecklistItemInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Audits.Manage);
        var a = await LoadAsync(id, ct);
        if (!AuditRules.IsEditable(a.State)) throw new QaException(AuditErrorCodes.NotEditable, 409);
        new Check().Required(nameof(input.Question), input.Question, InformationManagementConsts.TextMax)
            .Optional(nameof(input.Answer), input.Answer, InformationManagementConsts.TextMax)
            .Optional(nameof(input.Evidence), input.Evidence, InformationManagementConsts.TextMax)
            .ThrowIfAny();
        var itemId = Guid.NewGuid();
        var clean = new SaveChecklistItemInput { Question = input.Question.Trim(), Answer = Trim(input.Answer), Evidence = Trim(input.Evidence) };
        await repo.InsertQuestionAsync(itemId, id, clean, clock.UtcNow, audit.By, ct);
        var after = (await repo.FindQuestionAsync(itemId, ct))!;
        await audit.WriteAsync("AuditChecklistItem", itemId, "Created", AuditChanges.Between(null, after), ct, unitId: a.UnitId);
        return after;
    }

    public async Task<ChecklistItemDto> AnswerAsync(Guid id, Guid itemId, SaveChecklistItemInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Audits.Manage);
        var a = await LoadAsync(id, ct);
        var before = await repo.FindQuestionAsync(itemId, ct);
        if (before == null || before.AuditId != id) throw new EntityNotFoundException("AuditChecklistItem", itemId);
        if (a.State != AuditState.InProgress) throw new QaException(AuditErrorCodes.NotInProgress, 409);
        new Check().Required(nameof(input.Answer), input.Answer, InformationManagementConsts.TextMax)
            .Optional(nameof(input.Evidence), input.Evidence, InformationManagementConsts.TextMax)
            .ThrowIfAny();
        var clean = new SaveChecklistItemInput { Answer = Trim(input.Answer), Evidence = Trim(input.Evidence), Version = input.Version };
        await repo.AnswerAsync(itemId, clean, clock.UtcNow, audit.By, ct);
        var after = (await repo.FindQuestionAsync(itemId, ct))!;
        await audit.WriteAsync("AuditChecklistItem", itemId, "Updated", AuditChanges.Between(before, after), ct, unitId: a.UnitId);
        return after;
    }

    public async Task<AuditFindingDto> AddFindingAsync(Guid id, SaveFindingInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Audits.Manage);
        var a = await LoadAsync(id, ct);
        if (a.State != AuditState.InProgress) throw new QaException(AuditErrorCodes.NotInProgress, 409);
        new Check().That(Enum.IsDefined(input.Class), nameof(input.Class), ErrorCodes.InvalidValue)
            .Required(nameof(input.Text), input.Text, InformationManagementConsts.TextMax)
            .Optional(nameof(input.Requirement), input.Requirement, InformationManagementConsts.TitleMax)
            .ThrowIfAny();
        var findingId = Guid.NewGuid();
        var clean = new SaveFindingInput { Class = input.Class, Text = input.Text.Trim(), Requirement = Trim(input.Requirement) };
        await repo.InsertFindingAsync(findingId, id, clean, clock.UtcNow, audit.By, ct);
        var after = (await repo.FindFindingAsync(findingId, ct))!;
        await audit.WriteAsync("AuditFinding", findingId, "Created", AuditChanges.Between(null, after), ct, unitId: a.UnitId);
        return after;
    }

    public async Task<AuditFindingDto> RaiseCapaAsync(Guid id, Guid findingId, RaiseCapaInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Audits.Manage);
        var a = await LoadAsync(id, ct);
        var f = await repo.FindFindingAsync(findingId, ct);
        if (f == null || f.AuditId != id) throw new EntityNotFoundException("AuditFinding", findingId);
        if (f.Class != FindingClass.Nonconformity) throw new QaException(AuditErrorCodes.CapaOnlyForNonconformity, 409);
        if (f.CapaItemId != null) return f;
        // An item raised before the link was stored is linked instead of raising a second one: Improvement keeps one per finding.
        var itemId = (await capa.RaiseOnceAsync(new SaveCapaItemInput
        {
            UnitId = a.UnitId, Source = AuditCapaSources.Finding, SourceId = findingId,
            Problem = Truncate(a.Title + ": " + f.Text + (f.Requirement == null ? "" : " (" + f.Requirement + ")")),
            CorrectiveAction = input.CorrectiveAction?.Trim() ?? "", OwnerUserId = input.OwnerUserId, Deadline = input.Deadline,
        }, ct)).Item.Id;
        if (await repo.LinkCapaAsync(findingId, itemId, clock.UtcNow, audit.By, ct))
        {
            var after = (await repo.FindFindingAsync(findingId, ct))!;
            await audit.WriteAsync("AuditFinding", findingId, "CapaRaised", AuditChanges.Between(f, after), ct, unitId: a.UnitId);
        }
        return (await repo.FindFindingAsync(findingId, ct))!;
    }

    public async Task<FileDownload> GetReportAsync(Guid id, CancellationToken ct = default)
    {
        var details = await GetAsync(id, ct);
        var ms = new MemoryStream();
        writer.Write(details, ms);
        ms.Position = 0;
        var name = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"audit-report-{details.Audit.PlanYear}-{details.Audit.StartsOn:yyyy-MM-dd}.docx");
        return new FileDownload(name, FileInspector.ContentType("docx"), ms);
    }

    private async Task<InternalAuditDto> LoadAsync(Guid id, CancellationToken ct)
    {
        var a = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException(Entity, id);
        await units.EnsureVisibleAsync(a.UnitId, Entity, id, ct);
        return a;
    }

    private async Task ValidateAsync(SaveAuditInput i, CancellationToken ct)
    {
        var check = new Check()
            .That(i.PlanYear is >= 2000 and <= 2100, nameof(i.PlanYear), ErrorCodes.InvalidValue)
            .That(Enum.IsDefined(i.Kind), nameof(i.Kind), ErrorCodes.InvalidValue)
            .Required(nameof(i.Title), i.Title, InformationManagementConsts.TitleMax)
            .Optional(nameof(i.Criteria), i.Criteria, InformationManagementConsts.TextMax)
            .That(i.StartsOn != null, nameof(i.StartsOn), ErrorCodes.Required)
            .That(i.EndsOn != null, nameof(i.EndsOn), ErrorCodes.Required)
            .That(i.StartsOn == null || i.EndsOn == null || i.StartsOn <= i.EndsOn, nameof(i.EndsOn), AuditErrorCodes.PeriodOrder)
            .That(i.StartsOn == null || i.StartsOn.Value.Year == i.PlanYear, nameof(i.StartsOn), AuditErrorCodes.PeriodOutsideYear)
            .That(i.LeadAuditorId != Guid.Empty, nameof(i.LeadAuditorId), ErrorCodes.Required);
        var auditors = AuditRules.Auditors(i.LeadAuditorId, i.TeamIds);
        var known = i.LeadAuditorId == Guid.Empty ? [] : (await identity.GetUsersAsync(auditors, ct)).Select(u => u.Id).ToHashSet();
        check.That(i.LeadAuditorId == Guid.Empty || known.Contains(i.LeadAuditorId), nameof(i.LeadAuditorId), ErrorCodes.InvalidValue)
            .That(i.TeamIds.All(known.Contains), nameof(i.TeamIds), ErrorCodes.InvalidValue);
        var members = (await identity.GetMembersAsync(i.UnitId, ct)).Select(m => m.Id).ToHashSet();
        var dependent = AuditRules.Dependent(auditors, members);
        check.That(!dependent.Contains(i.LeadAuditorId), nameof(i.LeadAuditorId), AuditErrorCodes.AuditorNotIndependent)
            .That(!dependent.Any(d => d != i.LeadAuditorId), nameof(i.TeamIds), AuditErrorCodes.AuditorNotIndependent)
            .ThrowIfAny();
    }

    private static SaveAuditInput Clean(SaveAuditInput i) => new()
    {
        PlanYear = i.PlanYear, Kind = i.Kind, Title = i.Title?.Trim() ?? "", Criteria = Trim(i.Criteria), UnitId = i.UnitId, StartsOn = i.StartsOn,
        EndsOn = i.EndsOn, LeadAuditorId = i.LeadAuditorId,
        TeamIds = (i.TeamIds ?? []).Where(t => t != i.LeadAuditorId && t != Guid.Empty).Distinct().ToList(),
        Version = i.Version,
    };

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Truncate(string s) => s.Length <= InformationManagementConsts.TextMax ? s : s[..InformationManagementConsts.TextMax];

    /// <summary>What the audit trail records of an audit: its fields and its team.</summary>
    private static AuditTrail Trail(InternalAuditDto a, IEnumerable<Guid> team) =>
        new(a.PlanYear, a.Kind, a.Title, a.Criteria, a.StartsOn, a.EndsOn, a.LeadAuditorId, string.Join(", ", team.Order()), a.State);

    private sealed record AuditTrail(int PlanYear, AuditKind Kind, string Title, string? Criteria, DateOnly StartsOn, DateOnly EndsOn,
        Guid LeadAuditorId, string Team, AuditState State);

    private async Task EnrichAsync(IReadOnlyList<InternalAuditDto> list, CancellationToken ct)
    {
        if (list.Count == 0) return;
        var ids = list.Select(a => a.Id).ToList();
        var teams = await repo.TeamsAsync(ids, ct);
        var findings = (await repo.FindingsAsync(ids, ct)).ToLookup(f => f.AuditId);
        var people = list.SelectMany(a => teams[a.Id].Append(a.LeadAuditorId)).Distinct().ToList();
        var names = await units.UserNamesAsync(people, ct);
        var members = new Dictionary<Guid, IReadOnlySet<Guid>>();
        foreach (var a in list)
        {
            a.UnitName = await units.NameAsync(a.UnitId, ct);
            a.TeamIds = teams[a.Id].ToList();
            a.LeadAuditorName = names.GetValueOrDefault(a.LeadAuditorId, "");
            a.TeamNames = a.TeamIds.Select(t => names.GetValueOrDefault(t, "")).ToList();
            a.Findings = findings[a.Id].Count();
            a.Nonconformities = findings[a.Id].Count(f => f.Class == FindingClass.Nonconformity);
            if (a.State == AuditState.Closed) continue; // a closed audit's independence is history, not a warning
            if (!members.TryGetValue(a.UnitId, out var set))
                members[a.UnitId] = set = (await identity.GetMembersAsync(a.UnitId, ct)).Select(m => m.Id).ToHashSet();
            a.DependentAuditors = AuditRules.Dependent(AuditRules.Auditors(a.LeadAuditorId, a.TeamIds), set)
                .Select(d => names.GetValueOrDefault(d, "")).ToList();
        }
    }
}
