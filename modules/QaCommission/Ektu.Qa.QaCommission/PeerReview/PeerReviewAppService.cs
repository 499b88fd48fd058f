using Ektu.Qa.Identity;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Permissions;

namespace Ektu.Qa.QaCommission.PeerReview;

/// <summary>
/// Peer observations of teaching. The observer fills the form, the teacher acknowledges the feedback; managers of the
/// units in scope plan observations and read summaries. Low scores propose a CAPA item the manager then raises.
/// </summary>
internal sealed class PeerReviewAppService(
    PeerReviewRepository repo, ICapaIntegrationService capa, IUnitDirectory units, IIdentityIntegrationService identity,
        IAuditLog audit, ICurrentUser user,
    QaCommissionCalendar calendar, ISettingStore settings) : IPeerReviewAppService
{
    private const string Module = "QaCommission";
    private const string Entity = "Observation";
    private const int MaxCriteria = 30;

    private string By => user.UserName ?? "system";

    private Guid Me => user.Id ?? Guid.Empty;

    public async Task<IReadOnlyList<ObservationTemplateDto>> GetTemplatesAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.PeerReview.Default);
        var list = await repo.GetTemplatesAsync(ct);
        foreach (var t in list) t.Criteria = await repo.GetCriteriaAsync(t.Id, ct);
        return list;
    }

    public async Task<ObservationTemplateDto> CreateTemplateAsync(SaveTemplateInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.PeerReview.Manage);
        var check = new Check()
            .Required(nameof(input.Name), input.Name, QaCommissionConsts.NameMax)
            .That(input.Criteria.Count is >= 1 and <= MaxCriteria, nameof(input.Criteria), ErrorCodes.InvalidValue);
        for (var i = 0; i < input.Criteria.Count; i++)
        {
            check.Required($"Criteria[{i}].Title", input.Criteria[i].Title, QaCommissionConsts.TextMax)
                .That(input.Criteria[i].MaxScore is >= 2 and <= 10, $"Criteria[{i}].MaxScore", ErrorCodes.InvalidValue);
        }
        check.ThrowIfAny();
        var id = Guid.NewGuid();
        await repo.InsertTemplateAsync(id, input.Name.Trim(), calendar.UtcNow, By, ct);
        for (var i = 0; i < input.Criteria.Count; i++) await repo.InsertCriterionAsync(id, i + 1, input.Criteria[i].Title.Trim(),
            input.Criteria[i].MaxScore, ct);
        var t = (await repo.FindTemplateAsync(id, ct))!;
        t.Criteria = await repo.GetCriteriaAsync(id, ct);
        await audit.WriteAsync(Module, "ObservationTemplate", id, "Created",
            [new AuditChange("Name", null, t.Name),
                new AuditChange("Criteria", null, string.Join("; ", t.Criteria.Select(c => $"{c.Title} (1–{c.MaxScore})")))], ct);
        return t;
    }

    public async Task<ObservationTemplateDto> SetTemplateActiveAsync(Guid id, bool active, int version, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.PeerReview.Manage);
        var before = await repo.FindTemplateAsync(id, ct) ?? throw new EntityNotFoundException("ObservationTemplate", id);
        await repo.SetTemplateActiveAsync(id, version, active, calendar.UtcNow, By, ct);
        var after = (await repo.FindTemplateAsync(id, ct))!;
        await audit.WriteAsync(Module, "ObservationTemplate", id, active ? "Activated" : "Deactivated", AuditChanges.Between(before, after), ct);
        after.Criteria = await repo.GetCriteriaAsync(id, ct);
        return after;
    }

    public async Task<ObservationDto> PlanAsync(PlanObservationInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.PeerReview.Manage);
        await units.EnsureTargetAsync(input.UnitId, nameof(input.UnitId), ct);
        var template = await repo.FindTemplateAsync(input.TemplateId, ct);
        var people = await identity.GetUsersAsync([input.ObserverUserId, input.TeacherUserId], ct);
        new Check()
            .That(template != null, nameof(input.TemplateId), ErrorCodes.InvalidValue)
            .That(people.Any(p => p.Id == input.ObserverUserId), nameof(input.ObserverUserId), ErrorCodes.InvalidValue)
            .That(people.Any(p => p.Id == input.TeacherUserId), nameof(input.TeacherUserId), ErrorCodes.InvalidValue)
            .That(input.ObserverUserId != input.TeacherUserId || input.TeacherUserId == Guid.Empty, nameof(input.ObserverUserId),
                PeerReviewErrorCodes.SelfObservation)
            .Required(nameof(input.Course), input.Course, QaCommissionConsts.ResponsibleMax)
            .That(input.PlannedOn != null, nameof(input.PlannedOn), ErrorCodes.Required)
            .ThrowIfAny();
        if (!template!.IsActive) throw new QaException(PeerReviewErrorCodes.TemplateInactive, 409);
        var o = new ObservationDto
        {
            Id = Guid.NewGuid(), UnitId = input.UnitId, TemplateId = input.TemplateId, ObserverUserId = input.ObserverUserId,
                TeacherUserId = input.TeacherUserId,
            Course = input.Course.Trim(), PlannedOn = input.PlannedOn!.Value,
        };
        await repo.InsertAsync(o, calendar.UtcNow, By, ct);
        var after = (await repo.FindAsync(o.Id, ct))!;
        await audit.WriteAsync(Module, Entity, o.Id, "Planned", AuditChanges.Between(null, after), ct, unitId: after.UnitId);
        return (await EnrichAsync([after], ct))[0];
    }

    public async Task<IReadOnlyList<ObservationDto>> GetListAsync(DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.PeerReview.Manage);
        var scope = await units.ScopeAsync(ct);
        return await EnrichAsync(await repo.GetAsync(scope.All, scope.UnitIds, from, to, ct), ct);
    }

    public async Task<IReadOnlyList<ObservationDto>> GetMineAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.PeerReview.Default);
        return await EnrichAsync(await repo.GetByUserAsync(Me, ct), ct);
    }

    public async Task<ObservationDetailsDto> GetAsync(Guid id, CancellationToken ct = default) => await DetailsAsync(await LoadAsync(id, ct), ct);

    public async Task<ObservationDetailsDto> SubmitAsync(Guid id, SubmitObservationInput input, CancellationToken ct = default)
    {
        var o = await LoadAsync(id, ct);
        if (o.ObserverUserId != Me) throw new QaException(PeerReviewErrorCodes.NotObserver, 403);
        if (o.State != ObservationState.Planned) throw new QaException(PeerReviewErrorCodes.InvalidTransition, 409,
            o.State, ObservationState.Submitted);
        var criteria = await repo.GetCriteriaAsync(o.TemplateId, ct);
        var check = new Check()
            .Required(nameof(input.Strengths), input.Strengths, QaCommissionConsts.LongTextMax)
            .Required(nameof(input.Improvements), input.Improvements, QaCommissionConsts.LongTextMax)
            .That(criteria.All(c => input.Scores.ContainsKey(c.Id)) && input.Scores.Keys.All(k => criteria.Any(c => c.Id == k)), nameof(input.Scores),
                PeerReviewErrorCodes.ScoresIncomplete);
        foreach (var c in criteria)
        {
            if (input.Scores.TryGetValue(c.Id, out var s) && !ObservationScoring.IsValid(s, c.MaxScore)) check.Add($"Scores[{c.Id}]",
                PeerReviewErrorCodes.ScoreOutOfRange);
            check.Optional($"Comments[{c.Id}]", input.Comments?.GetValueOrDefault(c.Id), QaCommissionConsts.TextMax);
        }
        check.ThrowIfAny();
        await repo.SubmitAsync(id, input.Version, input.Strengths.Trim(), input.Improvements.Trim(), calendar.UtcNow, By, ct);
        foreach (var c in criteria)
        {
            var comment = input.Comments?.GetValueOrDefault(c.Id);
            await repo.InsertScoreAsync(id, c.Id, input.Scores[c.Id], string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), ct);
        }
        var after = (await repo.FindAsync(id, ct))!;
        var changes = AuditChanges.Between(o, after).ToList();
        changes.Add(new AuditChange("Scores", null, string.Join("; ", criteria.Select(c => $"{c.Seq}: {input.Scores[c.Id]}/{c.MaxScore}"))));
        await audit.WriteAsync(Module, Entity, id, "Submitted", changes, ct, unitId: after.UnitId);
        return await DetailsAsync((await EnrichAsync([after], ct))[0], ct);
    }

    public async Task<ObservationDetailsDto> AcknowledgeAsync(Guid id, string? comment, int version, CancellationToken ct = default)
    {
        var o = await LoadAsync(id, ct);
        if (o.TeacherUserId != Me) throw new QaException(PeerReviewErrorCodes.NotTeacher, 403);
        if (o.State != ObservationState.Submitted) throw new QaException(PeerReviewErrorCodes.InvalidTransition, 409, o.State,
            ObservationState.Acknowledged);
        new Check().Optional(nameof(comment), comment, QaCommissionConsts.LongTextMax).ThrowIfAny();
        await repo.AcknowledgeAsync(id, version, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), calendar.UtcNow, By, ct);
        var after = (await repo.FindAsync(id, ct))!;
        await audit.WriteAsync(Module, Entity, id, "Acknowledged", AuditChanges.Between(o, after), ct, unitId: after.UnitId);
        return await DetailsAsync((await EnrichAsync([after], ct))[0], ct);
    }

    public async Task<IReadOnlyList<PeerReviewSummaryDto>> GetSummaryAsync(Guid unitId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.PeerReview.Manage);
        if (!await units.IsVisibleAsync(unitId, ct)) throw new EntityNotFoundException("OrganizationUnit", unitId);
        var subtree = await units.SubtreeAsync(unitId, ct);
        var observations = (await repo.GetAsync(false, subtree, from, to, ct)).Where(o => o.State != ObservationState.Planned).ToList();
        var scores = (await repo.GetScoreRowsAsync(observations.Select(o => o.Id), ct)).ToLookup(s => s.ObservationId);
        var threshold = await settings.GetIntAsync(PeerReviewSettings.LowScorePercent, ct);
        var names = await units.UserNamesAsync(observations.Select(o => o.TeacherUserId), ct);
        return observations.GroupBy(o => o.TeacherUserId).Select(g =>
        {
            var rows = g.SelectMany(o => scores[o.Id]).ToList();
            var needs = rows.GroupBy(r => (r.CriterionId, r.Title))
                .Where(c => ObservationScoring.IsLow(c.Sum(r => r.Score), c.Sum(r => r.MaxScore), threshold))
                .Select(c => c.Key.Title).ToList();
            return new PeerReviewSummaryDto
            {
                TeacherUserId = g.Key, TeacherName = names.GetValueOrDefault(g.Key, ""), Observations = g.Count(),
                ScorePercent = rows.Count == 0 ? 0 : ObservationScoring.Percent(rows.Sum(r => r.Score),
                    rows.Sum(r => r.MaxScore)), DevelopmentNeeds = needs,
            };
        }).OrderBy(s => s.TeacherName, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>Visible to its observer and teacher, and to managers of its unit; anyone else gets 404.</summary>
    private async Task<ObservationDto> LoadAsync(Guid id, CancellationToken ct)
    {
        await user.EnsureAsync(QaCommissionPermissions.PeerReview.Default);
        var o = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException(Entity, id);
        if (o.ObserverUserId == Me || o.TeacherUserId == Me) return (await EnrichAsync([o], ct))[0];
        if (await user.HasPermissionAsync(QaCommissionPermissions.PeerReview.Manage) && await units.IsVisibleAsync(o.UnitId, ct)) return
            (await EnrichAsync([o], ct))[0];
        throw new EntityNotFoundException(Entity, id);
    }

    private async Task<ObservationDetailsDto> DetailsAsync(ObservationDto o, CancellationToken ct)
    {
        var scores = await repo.GetScoresAsync(o.Id, o.TemplateId, ct);
        var threshold = await settings.GetIntAsync(PeerReviewSettings.LowScorePercent, ct);
        foreach (var s in scores) s.IsLow = s.Score is { } v && ObservationScoring.IsLow(v, s.MaxScore, threshold);
        o.ScorePercent = ObservationScoring.Percent(scores);
        var raised = await capa.GetBySourceAsync(QaCommissionCapaSources.PeerReview, o.Id, ct);
        var low = scores.Where(s => s.IsLow).ToList();
        var proposal = low.Count == 0 || raised.Count > 0 ? null : new SaveCapaItemInput
        {
            UnitId = o.UnitId, Source = QaCommissionCapaSources.PeerReview, SourceId = o.Id, OwnerUserId = o.TeacherUserId,
            Deadline = calendar.Today.AddMonths(1),
            Problem = $"{o.TeacherName}, {o.Course} ({o.PlannedOn:yyyy-MM-dd}): " +
                string.Join("; ", low.Select(s => $"{s.Title} {s.Score}/{s.MaxScore}")),
            CorrectiveAction = o.Improvements ?? "",
        };
        return new ObservationDetailsDto { Observation = o, Scores = scores, Average = ObservationScoring.Average(scores),
            CapaProposal = proposal, Capa = raised };
    }

    private async Task<List<ObservationDto>> EnrichAsync(IReadOnlyList<ObservationDto> list, CancellationToken ct)
    {
        var names = await units.UserNamesAsync(list.SelectMany(o => new[] { o.ObserverUserId, o.TeacherUserId }), ct);
        foreach (var o in list)
        {
            o.UnitName = await units.NameAsync(o.UnitId, ct);
            o.ObserverName = names.GetValueOrDefault(o.ObserverUserId, "");
            o.TeacherName = names.GetValueOrDefault(o.TeacherUserId, "");
        }
        return [.. list];
    }
}
