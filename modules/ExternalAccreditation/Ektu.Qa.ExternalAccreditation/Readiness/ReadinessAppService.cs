using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.ExternalAccreditation.Permissions;

namespace Ektu.Qa.ExternalAccreditation.Readiness;

/// <summary>Accreditation readiness of the units in the caller's scope: recommendations and the evidence library.</summary>
internal sealed class ReadinessAppService(ReadinessRepository repo, IUnitDirectory units, AuditContext<ExternalAccreditationContractsModule> audit,
    ICurrentUser user, IClock clock, IUserClock local, ISettingStore settings)
    : IReadinessAppService
{
    private const int TitleMax = 500;
    private const int PeriodMax = 50;

    public async Task<IReadOnlyList<RecommendationDto>> GetRecommendationsAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Readiness.Default);
        var scope = await units.ScopeAsync(ct);
        return await EnrichAsync(await repo.GetRecommendationsAsync(scope.All, scope.UnitIds, ct), ct);
    }

    public async Task<RecommendationDto> AddRecommendationAsync(SaveRecommendationInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Readiness.Manage);
        await units.EnsureTargetAsync(input.UnitId, nameof(input.UnitId), ct);
        new Check()
            .Required(nameof(input.ExpertBody), input.ExpertBody, ExternalAccreditationConsts.ResponsibleMax)
            .Optional(nameof(input.Programme), input.Programme, ExternalAccreditationConsts.ResponsibleMax)
            .Required(nameof(input.Text), input.Text, ExternalAccreditationConsts.LongTextMax)
            .Required(nameof(input.Responsible), input.Responsible, ExternalAccreditationConsts.ResponsibleMax)
            .That(input.ReceivedOn != null, nameof(input.ReceivedOn), ErrorCodes.Required)
            .That(input.Deadline == null || input.ReceivedOn == null || input.Deadline >= input.ReceivedOn,
                nameof(input.Deadline), ErrorCodes.InvalidValue)
            .That(Enum.IsDefined(input.ExpertKind), nameof(input.ExpertKind), ErrorCodes.InvalidValue)
            .ThrowIfAny();
        var r = new RecommendationDto
        {
            Id = Guid.NewGuid(), UnitId = input.UnitId, ExpertKind = input.ExpertKind, ExpertBody = input.ExpertBody.Trim(),
                Programme = Trim(input.Programme),
            Text = input.Text.Trim(), ReceivedOn = input.ReceivedOn!.Value, Responsible = input.Responsible.Trim(), Deadline = input.Deadline,
        };
        await repo.InsertRecommendationAsync(r, clock.UtcNow, audit.By, ct);
        var after = (await repo.FindRecommendationAsync(r.Id, ct))!;
        await audit.WriteAsync("Recommendation", r.Id, "Created", AuditChanges.Between(null, after), ct, unitId: after.UnitId);
        return (await EnrichAsync([after], ct))[0];
    }

    public async Task<RecommendationDto> SetRecommendationStatusAsync(Guid id, RecommendationStatus status, string? note, int version,
        CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Readiness.Manage);
        var before = await repo.FindRecommendationAsync(id, ct) ?? throw new EntityNotFoundException("Recommendation", id);
        await units.EnsureVisibleAsync(before.UnitId, "Recommendation", id, ct);
        if (before.Status == RecommendationStatus.Executed) throw new QaException(ReadinessErrorCodes.RecommendationExecuted, 409);
        new Check()
            .That(Enum.IsDefined(status), nameof(status), ErrorCodes.InvalidValue)
            .Optional(nameof(note), note, ExternalAccreditationConsts.LongTextMax)
            // Executed is recorded with what was done (the evidence an accreditation panel asks for).
            .That(status != RecommendationStatus.Executed || !string.IsNullOrWhiteSpace(note), nameof(note), ErrorCodes.Required)
            .ThrowIfAny();
        await repo.SetStatusAsync(id, version, status, Trim(note) ?? before.ExecutionNote, clock.UtcNow, audit.By, ct);
        var after = (await repo.FindRecommendationAsync(id, ct))!;
        await audit.WriteAsync("Recommendation", id, "Status" + status, AuditChanges.Between(before, after), ct, unitId: after.UnitId);
        return (await EnrichAsync([after], ct))[0];
    }

    public async Task<IReadOnlyList<EvidenceDocumentDto>> GetEvidenceAsync(EvidenceFilter filter, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Readiness.Default);
        var scope = await units.ScopeAsync(ct);
        var list = await EnrichAsync(await repo.GetEvidenceAsync(scope.All, scope.UnitIds, filter.EsgStandard, Trim(filter.Programme), ct), ct);
        return filter.StaleOnly ? list.Where(e => e.IsStale).ToList() : list;
    }

    public async Task<EvidenceDocumentDto> AddEvidenceAsync(SaveEvidenceDocumentInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Readiness.Manage);
        await units.EnsureTargetAsync(input.UnitId, nameof(input.UnitId), ct);
        Validate(input);
        var e = Clean(Guid.NewGuid(), input.UnitId, input);
        await repo.InsertEvidenceAsync(e, clock.UtcNow, audit.By, ct);
        var after = (await repo.FindEvidenceAsync(e.Id, ct))!;
        await audit.WriteAsync("EvidenceDocument", e.Id, "Created", AuditChanges.Between(null, after), ct, unitId: after.UnitId);
        return (await EnrichAsync([after], ct))[0];
    }

    public async Task<EvidenceDocumentDto> UpdateEvidenceAsync(Guid id, SaveEvidenceDocumentInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Readiness.Manage);
        var before = await repo.FindEvidenceAsync(id, ct) ?? throw new EntityNotFoundException("EvidenceDocument", id);
        await units.EnsureVisibleAsync(before.UnitId, "EvidenceDocument", id, ct);
        Validate(input);
        await repo.UpdateEvidenceAsync(id, input.Version, Clean(id, before.UnitId, input), clock.UtcNow, audit.By, ct);
        var after = (await repo.FindEvidenceAsync(id, ct))!;
        await audit.WriteAsync("EvidenceDocument", id, "Updated", AuditChanges.Between(before, after), ct, unitId: after.UnitId);
        return (await EnrichAsync([after], ct))[0];
    }

    /// <summary>Counted by the database: the library may hold thousands of documents, and the summary shows a dozen numbers.</summary>
    public async Task<ReadinessSummaryDto> GetSummaryAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Readiness.Default);
        var scope = await units.ScopeAsync(ct);
        var today = local.Today;
        var recommendations = await repo.CountRecommendationsAsync(scope.All, scope.UnitIds, today, ct);
        var freshFrom = EvidenceFreshness.FreshFrom(today, await settings.GetIntAsync(ReadinessSettings.EvidenceFreshMonths, ct));
        var evidence = await repo.CountEvidenceAsync(scope.All, scope.UnitIds, freshFrom, ct);
        var all = recommendations.Sum(r => r.Total);
        return new ReadinessSummaryDto
        {
            Recommendations = Enum.GetValues<RecommendationStatus>()
                .ToDictionary(s => s, s => (int)recommendations.Where(r => r.Status == s).Sum(r => r.Total)),
            OverdueRecommendations = (int)recommendations.Sum(r => r.Overdue),
            ExecutedPercent = all == 0 ? 0
                : (int)Math.Round(recommendations.Where(r => r.Status == RecommendationStatus.Executed).Sum(r => r.Total) * 100m / all,
                    MidpointRounding.AwayFromZero),
            EvidenceTotal = (int)evidence.Sum(e => e.Total),
            EvidenceStale = (int)evidence.Sum(e => e.Stale),
            ByStandard = Enumerable.Range(1, 10).Select(n => new EsgEvidenceCountDto
            {
                EsgStandard = n, Total = (int)evidence.Where(e => e.EsgStandard == n).Sum(e => e.Total),
                Stale = (int)evidence.Where(e => e.EsgStandard == n).Sum(e => e.Stale),
            }).ToList(),
        };
    }

    private void Validate(SaveEvidenceDocumentInput input) => new Check()
        .Required(nameof(input.Title), input.Title, TitleMax)
        .That(input.EsgStandard is >= 1 and <= 10, nameof(input.EsgStandard), ErrorCodes.InvalidValue)
        .Optional(nameof(input.Programme), input.Programme, ExternalAccreditationConsts.ResponsibleMax)
        .Required(nameof(input.Period), input.Period, PeriodMax)
        .That(input.DocumentDate != null, nameof(input.DocumentDate), ErrorCodes.Required)
        .That(input.DocumentDate == null || input.DocumentDate <= local.Today, nameof(input.DocumentDate), ErrorCodes.InvalidValue)
        .Required(nameof(input.Location), input.Location, ExternalAccreditationConsts.TextMax)
        .ThrowIfAny();

    private static EvidenceDocumentDto Clean(Guid id, Guid unitId, SaveEvidenceDocumentInput i) => new()
    {
        Id = id, UnitId = unitId, Title = i.Title.Trim(), EsgStandard = i.EsgStandard, Programme = Trim(i.Programme), Period = i.Period.Trim(),
        DocumentDate = i.DocumentDate!.Value, Location = i.Location.Trim(),
    };

    private async Task<List<RecommendationDto>> EnrichAsync(IReadOnlyList<RecommendationDto> list, CancellationToken ct)
    {
        var today = local.Today;
        foreach (var r in list)
        {
            r.UnitName = await units.NameAsync(r.UnitId, ct);
            r.IsOverdue = r.Deadline is { } d && today > d && r.Status != RecommendationStatus.Executed;
        }
        return [.. list];
    }

    private async Task<List<EvidenceDocumentDto>> EnrichAsync(IReadOnlyList<EvidenceDocumentDto> list, CancellationToken ct)
    {
        var today = local.Today;
        var months = await settings.GetIntAsync(ReadinessSettings.EvidenceFreshMonths, ct);
        foreach (var e in list)
        {
            e.UnitName = await units.NameAsync(e.UnitId, ct);
            e.IsStale = EvidenceFreshness.IsStale(e.DocumentDate, today, months);
        }
        return [.. list];
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
